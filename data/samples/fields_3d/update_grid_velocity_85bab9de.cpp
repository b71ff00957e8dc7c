// Warp 1.19.0 cpu code for update_grid_velocity_85bab9de.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// update_grid_velocity.py:10
static wp::vec_t<3, wp::float32> project_slip_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                                   <L 11>
    // vn = wp.dot(v, n)                                                                      <L 12>
    var_0 = wp::dot(var_v, var_n);
    // if vn >= 0.0:                                                                          <L 13>
    var_2 = (var_0 >= var_1);
    if (var_2) {
        // return v                                                                           <L 15>
        return var_v;
    }
    // vt = v - n * vn                                                                        <L 16>
    var_3 = wp::mul(var_n, var_0);
    var_4 = wp::sub(var_v, var_3);
    // return vt                                                                              <L 17>
    return var_4;
}


// update_grid_velocity.py:10
static void adj_project_slip_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                                   <L 11>
    // vn = wp.dot(v, n)                                                                      <L 12>
    var_0 = wp::dot(var_v, var_n);
    // if vn >= 0.0:                                                                          <L 13>
    var_2 = (var_0 >= var_1);
    if (var_2) {
        // return v                                                                           <L 15>
        goto label0;
    }
    // vt = v - n * vn                                                                        <L 16>
    var_3 = wp::mul(var_n, var_0);
    var_4 = wp::sub(var_v, var_3);
    // return vt                                                                              <L 17>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_4 += adj_ret;
    // adj: return vt                                                                         <L 17>
    wp::adj_sub(var_v, var_3, adj_v, adj_3, adj_4);
    wp::adj_mul(var_n, var_0, adj_n, adj_0, adj_3);
    // adj: vt = v - n * vn                                                                   <L 16>
    if (var_2) {
        label0:;
        adj_v += adj_ret;
        // adj: return v                                                                      <L 15>
    }
    // adj: if vn >= 0.0:                                                                     <L 13>
    wp::adj_dot(var_v, var_n, adj_v, adj_n, adj_0);
    // adj: vn = wp.dot(v, n)                                                                 <L 12>
    // adj: def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                              <L 11>
    return;
}

struct wp_args_update_grid_velocity_8d34c4ab {
    wp::array_t<wp::float32> grid_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> grid_mv;
    wp::array_t<wp::int32> cell_type;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 time_step;
    wp::int32 bound;
    wp::array_t<wp::vec_t<3, wp::float32>> grid_v;
};


template <bool wp_linear_contiguous>
static void update_grid_velocity_8d34c4ab_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_update_grid_velocity_8d34c4ab *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_grid_mass = _wp_args->grid_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_mv = _wp_args->grid_mv;
    wp::array_t<wp::int32> var_cell_type = _wp_args->cell_type;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::int32 var_bound = _wp_args->bound;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v = _wp_args->grid_v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    bool var_17;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 2;
    bool var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::int32 var_25 = 0;
    bool var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::shape_t* var_29;
    const wp::int32 var_30 = 0;
    wp::int32 var_31;
    wp::shape_t var_32;
    wp::shape_t* var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::shape_t var_36;
    wp::shape_t* var_37;
    const wp::int32 var_38 = 2;
    wp::int32 var_39;
    wp::shape_t var_40;
    bool var_41;
    bool var_42;
    bool var_43;
    bool var_44;
    wp::int32 var_45;
    bool var_46;
    wp::int32 var_47;
    bool var_48;
    wp::int32 var_49;
    bool var_50;
    const wp::float32 var_51 = 0.0;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    //---------
    // forward
    // def update_grid_velocity(                                                              <L 21>
    // i, j, k = wp.tid()                                                                     <L 32>
    builtin_tid3d(var_0, var_1, var_2);
    // m = grid_mass[i, j, k]                                                                 <L 33>
    var_3 = wp::address(var_grid_mass, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // if m <= 0.0:                                                                           <L 34>
    var_7 = (var_4 <= var_6);
    if (var_7) {
        // return                                                                             <L 35>
        return;
    }
    // v = grid_mv[i, j, k] / m + gravity * time_step                                         <L 36>
    var_8 = wp::address(var_grid_mv, var_0, var_1, var_2);
    var_10 = wp::load(var_8);
    var_9 = wp::div(var_10, var_4);
    var_11 = wp::mul(var_gravity, var_time_step);
    var_12 = wp::add(var_9, var_11);
    // cell = cell_type[i, j, k]                                                              <L 37>
    var_13 = wp::address(var_cell_type, var_0, var_1, var_2);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // if cell == CellType.SOLID:                                                             <L 38>
    var_17 = (var_14 == var_16);
    if (var_17) {
        // v = wp.vec3(0.0)                                                                   <L 39>
        var_19 = wp::vec_t<3, wp::float32>(var_18);
    }
    if (!var_17) {
        // elif cell == CellType.SLIP:                                                        <L 40>
        var_21 = (var_14 == var_20);
        if (var_21) {
            // v = project_slip(v, normals[i, j, k])                                          <L 41>
            var_22 = wp::address(var_normals, var_0, var_1, var_2);
            var_24 = wp::load(var_22);
            var_23 = project_slip_0(var_12, var_24);
        }
        if (!var_21) {
            // elif cell != CellType.FREE:                                                    <L 42>
            var_26 = (var_14 != var_25);
            if (var_26) {
                // return                                                                     <L 43>
                return;
            }
        }
        var_27 = wp::where(var_21, var_23, var_12);
    }
    var_28 = wp::where(var_17, var_19, var_27);
    // nx = grid_mass.shape[0]                                                                <L 44>
    var_29 = &(var_grid_mass.shape);
    var_32 = wp::load(var_29);
    var_31 = wp::extract(var_32, var_30);
    // ny = grid_mass.shape[1]                                                                <L 45>
    var_33 = &(var_grid_mass.shape);
    var_36 = wp::load(var_33);
    var_35 = wp::extract(var_36, var_34);
    // nz = grid_mass.shape[2]                                                                <L 46>
    var_37 = &(var_grid_mass.shape);
    var_40 = wp::load(var_37);
    var_39 = wp::extract(var_40, var_38);
    // if i < bound or j < bound or k < bound or i >= nx - bound or j >= ny - bound or k >= nz - bound:       <L 47>
    var_42 = (var_0 < var_bound);
    var_41 = var_42;
    if (!var_41) {
        var_43 = (var_1 < var_bound);
        var_41 = var_41 || var_43;
    }
    if (!var_41) {
        var_44 = (var_2 < var_bound);
        var_41 = var_41 || var_44;
    }
    if (!var_41) {
        var_45 = wp::sub(var_31, var_bound);
        var_46 = (var_0 >= var_45);
        var_41 = var_41 || var_46;
    }
    if (!var_41) {
        var_47 = wp::sub(var_35, var_bound);
        var_48 = (var_1 >= var_47);
        var_41 = var_41 || var_48;
    }
    if (!var_41) {
        var_49 = wp::sub(var_39, var_bound);
        var_50 = (var_2 >= var_49);
        var_41 = var_41 || var_50;
    }
    if (var_41) {
        // v = wp.vec3(0.0)                                                                   <L 48>
        var_52 = wp::vec_t<3, wp::float32>(var_51);
    }
    var_53 = wp::where(var_41, var_52, var_28);
    // grid_v[i, j, k] = v                                                                    <L 49>
    wp::array_store(var_grid_v, var_0, var_1, var_2, var_53);
}



template <bool wp_linear_contiguous>
static void update_grid_velocity_8d34c4ab_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_update_grid_velocity_8d34c4ab *_wp_args,
    wp_args_update_grid_velocity_8d34c4ab *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_grid_mass = _wp_args->grid_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_mv = _wp_args->grid_mv;
    wp::array_t<wp::int32> var_cell_type = _wp_args->cell_type;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::int32 var_bound = _wp_args->bound;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v = _wp_args->grid_v;
    wp::array_t<wp::float32> adj_grid_mass = _wp_adj_args->grid_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_mv = _wp_adj_args->grid_mv;
    wp::array_t<wp::int32> adj_cell_type = _wp_adj_args->cell_type;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::vec_t<3, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    wp::int32 adj_bound = _wp_adj_args->bound;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_v = _wp_adj_args->grid_v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    bool var_17;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 2;
    bool var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::int32 var_25 = 0;
    bool var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::shape_t* var_29;
    const wp::int32 var_30 = 0;
    wp::int32 var_31;
    wp::shape_t var_32;
    wp::shape_t* var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::shape_t var_36;
    wp::shape_t* var_37;
    const wp::int32 var_38 = 2;
    wp::int32 var_39;
    wp::shape_t var_40;
    bool var_41;
    bool var_42;
    bool var_43;
    bool var_44;
    wp::int32 var_45;
    bool var_46;
    wp::int32 var_47;
    bool var_48;
    wp::int32 var_49;
    bool var_50;
    const wp::float32 var_51 = 0.0;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::int32 adj_25 = {};
    bool adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::shape_t adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::shape_t adj_32 = {};
    wp::shape_t adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::shape_t adj_36 = {};
    wp::shape_t adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::shape_t adj_40 = {};
    bool adj_41 = {};
    bool adj_42 = {};
    bool adj_43 = {};
    bool adj_44 = {};
    wp::int32 adj_45 = {};
    bool adj_46 = {};
    wp::int32 adj_47 = {};
    bool adj_48 = {};
    wp::int32 adj_49 = {};
    bool adj_50 = {};
    wp::float32 adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    //---------
    // forward
    // def update_grid_velocity(                                                              <L 21>
    // i, j, k = wp.tid()                                                                     <L 32>
    builtin_tid3d(var_0, var_1, var_2);
    // m = grid_mass[i, j, k]                                                                 <L 33>
    var_3 = wp::address(var_grid_mass, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // if m <= 0.0:                                                                           <L 34>
    var_7 = (var_4 <= var_6);
    if (var_7) {
        // return                                                                             <L 35>
        goto label0;
    }
    // v = grid_mv[i, j, k] / m + gravity * time_step                                         <L 36>
    var_8 = wp::address(var_grid_mv, var_0, var_1, var_2);
    var_10 = wp::load(var_8);
    var_9 = wp::div(var_10, var_4);
    var_11 = wp::mul(var_gravity, var_time_step);
    var_12 = wp::add(var_9, var_11);
    // cell = cell_type[i, j, k]                                                              <L 37>
    var_13 = wp::address(var_cell_type, var_0, var_1, var_2);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // if cell == CellType.SOLID:                                                             <L 38>
    var_17 = (var_14 == var_16);
    if (var_17) {
        // v = wp.vec3(0.0)                                                                   <L 39>
        var_19 = wp::vec_t<3, wp::float32>(var_18);
    }
    if (!var_17) {
        // elif cell == CellType.SLIP:                                                        <L 40>
        var_21 = (var_14 == var_20);
        if (var_21) {
            // v = project_slip(v, normals[i, j, k])                                          <L 41>
            var_22 = wp::address(var_normals, var_0, var_1, var_2);
            var_24 = wp::load(var_22);
            var_23 = project_slip_0(var_12, var_24);
        }
        if (!var_21) {
            // elif cell != CellType.FREE:                                                    <L 42>
            var_26 = (var_14 != var_25);
            if (var_26) {
                // return                                                                     <L 43>
                goto label1;
            }
        }
        var_27 = wp::where(var_21, var_23, var_12);
    }
    var_28 = wp::where(var_17, var_19, var_27);
    // nx = grid_mass.shape[0]                                                                <L 44>
    var_29 = &(var_grid_mass.shape);
    var_32 = wp::load(var_29);
    var_31 = wp::extract(var_32, var_30);
    // ny = grid_mass.shape[1]                                                                <L 45>
    var_33 = &(var_grid_mass.shape);
    var_36 = wp::load(var_33);
    var_35 = wp::extract(var_36, var_34);
    // nz = grid_mass.shape[2]                                                                <L 46>
    var_37 = &(var_grid_mass.shape);
    var_40 = wp::load(var_37);
    var_39 = wp::extract(var_40, var_38);
    // if i < bound or j < bound or k < bound or i >= nx - bound or j >= ny - bound or k >= nz - bound:       <L 47>
    var_42 = (var_0 < var_bound);
    var_41 = var_42;
    if (!var_41) {
        var_43 = (var_1 < var_bound);
        var_41 = var_41 || var_43;
    }
    if (!var_41) {
        var_44 = (var_2 < var_bound);
        var_41 = var_41 || var_44;
    }
    if (!var_41) {
        var_45 = wp::sub(var_31, var_bound);
        var_46 = (var_0 >= var_45);
        var_41 = var_41 || var_46;
    }
    if (!var_41) {
        var_47 = wp::sub(var_35, var_bound);
        var_48 = (var_1 >= var_47);
        var_41 = var_41 || var_48;
    }
    if (!var_41) {
        var_49 = wp::sub(var_39, var_bound);
        var_50 = (var_2 >= var_49);
        var_41 = var_41 || var_50;
    }
    if (var_41) {
        // v = wp.vec3(0.0)                                                                   <L 48>
        var_52 = wp::vec_t<3, wp::float32>(var_51);
    }
    var_53 = wp::where(var_41, var_52, var_28);
    // grid_v[i, j, k] = v                                                                    <L 49>
    // wp::array_store(var_grid_v, var_0, var_1, var_2, var_53);
    //---------
    // reverse
    wp::adj_array_store(var_grid_v, var_0, var_1, var_2, var_53, adj_grid_v, adj_0, adj_1, adj_2, adj_53);
    // adj: grid_v[i, j, k] = v                                                               <L 49>
    wp::adj_where(var_41, var_52, var_28, adj_41, adj_52, adj_28, adj_53);
    if (var_41) {
        wp::adj_vec_t(var_51, adj_51, adj_52);
        // adj: v = wp.vec3(0.0)                                                              <L 48>
    }
    if (!var_41) {
        wp::adj_sub(var_39, var_bound, adj_39, adj_bound, adj_49);
    }
    if (!var_41) {
        wp::adj_sub(var_35, var_bound, adj_35, adj_bound, adj_47);
    }
    if (!var_41) {
        wp::adj_sub(var_31, var_bound, adj_31, adj_bound, adj_45);
    }
    if (!var_41) {
    }
    if (!var_41) {
    }
    // adj: if i < bound or j < bound or k < bound or i >= nx - bound or j >= ny - bound or k >= nz - bound:  <L 47>
    adj_grid_mass.shape = adj_37;
    // adj: nz = grid_mass.shape[2]                                                           <L 46>
    adj_grid_mass.shape = adj_33;
    // adj: ny = grid_mass.shape[1]                                                           <L 45>
    adj_grid_mass.shape = adj_29;
    // adj: nx = grid_mass.shape[0]                                                           <L 44>
    wp::adj_where(var_17, var_19, var_27, adj_17, adj_19, adj_27, adj_28);
    if (!var_17) {
        wp::adj_where(var_21, var_23, var_12, adj_21, adj_23, adj_12, adj_27);
        if (!var_21) {
            if (var_26) {
                label1:;
                // adj: return                                                                <L 43>
            }
            // adj: elif cell != CellType.FREE:                                               <L 42>
        }
        if (var_21) {
            adj_project_slip_0(var_12, var_24, adj_12, adj_22, adj_23);
            wp::adj_address(var_normals, var_0, var_1, var_2, adj_normals, adj_0, adj_1, adj_2, adj_22);
            // adj: v = project_slip(v, normals[i, j, k])                                     <L 41>
        }
        // adj: elif cell == CellType.SLIP:                                                   <L 40>
    }
    if (var_17) {
        wp::adj_vec_t(var_18, adj_18, adj_19);
        // adj: v = wp.vec3(0.0)                                                              <L 39>
    }
    // adj: if cell == CellType.SOLID:                                                        <L 38>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_cell_type, var_0, var_1, var_2, adj_cell_type, adj_0, adj_1, adj_2, adj_13);
    // adj: cell = cell_type[i, j, k]                                                         <L 37>
    wp::adj_add(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_mul(var_gravity, var_time_step, adj_gravity, adj_time_step, adj_11);
    wp::adj_div(var_10, var_4, adj_8, adj_4, adj_9);
    wp::adj_address(var_grid_mv, var_0, var_1, var_2, adj_grid_mv, adj_0, adj_1, adj_2, adj_8);
    // adj: v = grid_mv[i, j, k] / m + gravity * time_step                                    <L 36>
    if (var_7) {
        label0:;
        // adj: return                                                                        <L 35>
    }
    // adj: if m <= 0.0:                                                                      <L 34>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_grid_mass, var_0, var_1, var_2, adj_grid_mass, adj_0, adj_1, adj_2, adj_3);
    // adj: m = grid_mass[i, j, k]                                                            <L 33>
    // adj: i, j, k = wp.tid()                                                                <L 32>
    // adj: def update_grid_velocity(                                                         <L 21>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_grid_velocity_8d34c4ab_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_grid_velocity_8d34c4ab *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_grid_velocity_8d34c4ab_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_grid_velocity_8d34c4ab_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_grid_velocity_8d34c4ab *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_grid_velocity_8d34c4ab_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_grid_velocity_8d34c4ab_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_grid_velocity_8d34c4ab *_wp_args)
{
    update_grid_velocity_8d34c4ab_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_grid_velocity_8d34c4ab_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_grid_velocity_8d34c4ab *_wp_args,
    wp_args_update_grid_velocity_8d34c4ab *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_grid_velocity_8d34c4ab_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_grid_velocity_8d34c4ab_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_grid_velocity_8d34c4ab *_wp_args,
    wp_args_update_grid_velocity_8d34c4ab *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_grid_velocity_8d34c4ab_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_grid_velocity_8d34c4ab_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_grid_velocity_8d34c4ab *_wp_args,
    wp_args_update_grid_velocity_8d34c4ab *_wp_adj_args)
{
    update_grid_velocity_8d34c4ab_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

