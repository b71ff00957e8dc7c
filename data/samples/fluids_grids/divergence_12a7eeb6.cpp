// Warp 1.19.0 cpu code for divergence_12a7eeb6.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_divergence_d16bad20 {
    wp::array_t<wp::float32> density;
    wp::array_t<wp::vec_t<3, wp::float32>> velocity;
    wp::float32 dt;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void divergence_d16bad20_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_divergence_d16bad20 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity = _wp_args->velocity;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 0;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    const bool var_43 = false;
    bool var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::int32 var_48;
    const wp::int32 var_49 = 1024;
    wp::int32 var_50;
    const wp::int32 var_51 = 31;
    wp::int32 var_52;
    wp::int32 var_53;
    const wp::int32 var_54 = 1024;
    wp::int32 var_55;
    wp::int32 var_56;
    const wp::int32 var_57 = 4096;
    wp::int32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    //---------
    // forward
    // def divergence(density: wp.array3d(dtype=float), velocity: wp.array3d(dtype=wp.vec3), dt: float, out: wp.array3d(dtype=float)):       <L 5>
    // i, j, k = wp.tid()                                                                     <L 6>
    builtin_tid3d(var_0, var_1, var_2);
    // nx = density.shape[0]                                                                  <L 7>
    var_3 = &(var_density.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // ny = density.shape[1]                                                                  <L 8>
    var_7 = &(var_density.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // nz = density.shape[2]                                                                  <L 9>
    var_11 = &(var_density.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    // rho = density[i, j, k]                                                                 <L 10>
    var_15 = wp::address(var_density, var_0, var_1, var_2);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // vel = velocity[i, j, k]                                                                <L 11>
    var_18 = wp::address(var_velocity, var_0, var_1, var_2);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // back = density[wp.clamp(i - 1, 0, nx - 1), wp.clamp(j - 1, 0, ny - 1), wp.clamp(k - 1, 0, nz - 1)]       <L 12>
    var_22 = wp::sub(var_0, var_21);
    var_25 = wp::sub(var_5, var_24);
    var_26 = wp::clamp(var_22, var_23, var_25);
    var_28 = wp::sub(var_1, var_27);
    var_31 = wp::sub(var_9, var_30);
    var_32 = wp::clamp(var_28, var_29, var_31);
    var_34 = wp::sub(var_2, var_33);
    var_37 = wp::sub(var_13, var_36);
    var_38 = wp::clamp(var_34, var_35, var_37);
    var_39 = wp::address(var_density, var_26, var_32, var_38);
    var_41 = wp::load(var_39);
    var_40 = wp::copy(var_41);
    // adjusted = wp.vec3(vel)                                                                <L 13>
    var_42 = wp::vec_t<3, wp::float32>(var_19);
    // if bool(False):                                                                        <L 14>
    var_44 = bool(var_43);
    if (var_44) {
        // adjusted = adjusted + vel                                                          <L 15>
        var_45 = wp::add(var_42, var_19);
    }
    var_46 = wp::where(var_44, var_45, var_42);
    // axis_2 = vel                                                                           <L 16>
    var_47 = wp::copy(var_19);
    // cell_id = ((wp.abs(k) % 1024) * 31 + wp.abs(j) % 1024) % 4096                          <L 17>
    var_48 = wp::abs(var_2);
    var_50 = wp::mod(var_48, var_49);
    var_52 = wp::mul(var_50, var_51);
    var_53 = wp::abs(var_1);
    var_55 = wp::mod(var_53, var_54);
    var_56 = wp::add(var_52, var_55);
    var_58 = wp::mod(var_56, var_57);
    // out[i, j, k] = rho - dt * (rho - back) * wp.length(vel) + (wp.length(adjusted) + wp.length(axis_2) + float(cell_id))       <L 18>
    var_59 = wp::sub(var_16, var_40);
    var_60 = wp::mul(var_dt, var_59);
    var_61 = wp::length(var_19);
    var_62 = wp::mul(var_60, var_61);
    var_63 = wp::sub(var_16, var_62);
    var_64 = wp::length(var_46);
    var_65 = wp::length(var_47);
    var_66 = wp::add(var_64, var_65);
    var_67 = wp::float(var_58);
    var_68 = wp::add(var_66, var_67);
    var_69 = wp::add(var_63, var_68);
    wp::array_store(var_out, var_0, var_1, var_2, var_69);
}



template <bool wp_linear_contiguous>
static void divergence_d16bad20_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_divergence_d16bad20 *_wp_args,
    wp_args_divergence_d16bad20 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity = _wp_args->velocity;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_density = _wp_adj_args->density;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocity = _wp_adj_args->velocity;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::shape_t* var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::shape_t var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 1;
    wp::int32 var_28;
    const wp::int32 var_29 = 0;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int32 var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    const bool var_43 = false;
    bool var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::int32 var_48;
    const wp::int32 var_49 = 1024;
    wp::int32 var_50;
    const wp::int32 var_51 = 31;
    wp::int32 var_52;
    wp::int32 var_53;
    const wp::int32 var_54 = 1024;
    wp::int32 var_55;
    wp::int32 var_56;
    const wp::int32 var_57 = 4096;
    wp::int32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::shape_t adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    bool adj_43 = {};
    bool adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    //---------
    // forward
    // def divergence(density: wp.array3d(dtype=float), velocity: wp.array3d(dtype=wp.vec3), dt: float, out: wp.array3d(dtype=float)):       <L 5>
    // i, j, k = wp.tid()                                                                     <L 6>
    builtin_tid3d(var_0, var_1, var_2);
    // nx = density.shape[0]                                                                  <L 7>
    var_3 = &(var_density.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // ny = density.shape[1]                                                                  <L 8>
    var_7 = &(var_density.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    // nz = density.shape[2]                                                                  <L 9>
    var_11 = &(var_density.shape);
    var_14 = wp::load(var_11);
    var_13 = wp::extract(var_14, var_12);
    // rho = density[i, j, k]                                                                 <L 10>
    var_15 = wp::address(var_density, var_0, var_1, var_2);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // vel = velocity[i, j, k]                                                                <L 11>
    var_18 = wp::address(var_velocity, var_0, var_1, var_2);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // back = density[wp.clamp(i - 1, 0, nx - 1), wp.clamp(j - 1, 0, ny - 1), wp.clamp(k - 1, 0, nz - 1)]       <L 12>
    var_22 = wp::sub(var_0, var_21);
    var_25 = wp::sub(var_5, var_24);
    var_26 = wp::clamp(var_22, var_23, var_25);
    var_28 = wp::sub(var_1, var_27);
    var_31 = wp::sub(var_9, var_30);
    var_32 = wp::clamp(var_28, var_29, var_31);
    var_34 = wp::sub(var_2, var_33);
    var_37 = wp::sub(var_13, var_36);
    var_38 = wp::clamp(var_34, var_35, var_37);
    var_39 = wp::address(var_density, var_26, var_32, var_38);
    var_41 = wp::load(var_39);
    var_40 = wp::copy(var_41);
    // adjusted = wp.vec3(vel)                                                                <L 13>
    var_42 = wp::vec_t<3, wp::float32>(var_19);
    // if bool(False):                                                                        <L 14>
    var_44 = bool(var_43);
    if (var_44) {
        // adjusted = adjusted + vel                                                          <L 15>
        var_45 = wp::add(var_42, var_19);
    }
    var_46 = wp::where(var_44, var_45, var_42);
    // axis_2 = vel                                                                           <L 16>
    var_47 = wp::copy(var_19);
    // cell_id = ((wp.abs(k) % 1024) * 31 + wp.abs(j) % 1024) % 4096                          <L 17>
    var_48 = wp::abs(var_2);
    var_50 = wp::mod(var_48, var_49);
    var_52 = wp::mul(var_50, var_51);
    var_53 = wp::abs(var_1);
    var_55 = wp::mod(var_53, var_54);
    var_56 = wp::add(var_52, var_55);
    var_58 = wp::mod(var_56, var_57);
    // out[i, j, k] = rho - dt * (rho - back) * wp.length(vel) + (wp.length(adjusted) + wp.length(axis_2) + float(cell_id))       <L 18>
    var_59 = wp::sub(var_16, var_40);
    var_60 = wp::mul(var_dt, var_59);
    var_61 = wp::length(var_19);
    var_62 = wp::mul(var_60, var_61);
    var_63 = wp::sub(var_16, var_62);
    var_64 = wp::length(var_46);
    var_65 = wp::length(var_47);
    var_66 = wp::add(var_64, var_65);
    var_67 = wp::float(var_58);
    var_68 = wp::add(var_66, var_67);
    var_69 = wp::add(var_63, var_68);
    // wp::array_store(var_out, var_0, var_1, var_2, var_69);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_1, var_2, var_69, adj_out, adj_0, adj_1, adj_2, adj_69);
    wp::adj_add(var_63, var_68, adj_63, adj_68, adj_69);
    wp::adj_add(var_66, var_67, adj_66, adj_67, adj_68);
    wp::adj_float(var_58, adj_58, adj_67);
    wp::adj_add(var_64, var_65, adj_64, adj_65, adj_66);
    wp::adj_length(var_47, var_65, adj_47, adj_65);
    wp::adj_length(var_46, var_64, adj_46, adj_64);
    wp::adj_sub(var_16, var_62, adj_16, adj_62, adj_63);
    wp::adj_mul(var_60, var_61, adj_60, adj_61, adj_62);
    wp::adj_length(var_19, var_61, adj_19, adj_61);
    wp::adj_mul(var_dt, var_59, adj_dt, adj_59, adj_60);
    wp::adj_sub(var_16, var_40, adj_16, adj_40, adj_59);
    // adj: out[i, j, k] = rho - dt * (rho - back) * wp.length(vel) + (wp.length(adjusted) + wp.length(axis_2) + float(cell_id))  <L 18>
    wp::adj_mod(var_56, var_57, adj_56, adj_57, adj_58);
    wp::adj_add(var_52, var_55, adj_52, adj_55, adj_56);
    wp::adj_mod(var_53, var_54, adj_53, adj_54, adj_55);
    wp::adj_abs(var_1, adj_1, adj_53);
    wp::adj_mul(var_50, var_51, adj_50, adj_51, adj_52);
    wp::adj_mod(var_48, var_49, adj_48, adj_49, adj_50);
    wp::adj_abs(var_2, adj_2, adj_48);
    // adj: cell_id = ((wp.abs(k) % 1024) * 31 + wp.abs(j) % 1024) % 4096                     <L 17>
    wp::adj_copy(var_19, adj_19, adj_47);
    // adj: axis_2 = vel                                                                      <L 16>
    wp::adj_where(var_44, var_45, var_42, adj_44, adj_45, adj_42, adj_46);
    if (var_44) {
        wp::adj_add(var_42, var_19, adj_42, adj_19, adj_45);
        // adj: adjusted = adjusted + vel                                                     <L 15>
    }
    // adj: if bool(False):                                                                   <L 14>
    wp::adj_vec_t(var_19, adj_19, adj_42);
    // adj: adjusted = wp.vec3(vel)                                                           <L 13>
    wp::adj_copy(var_41, adj_39, adj_40);
    wp::adj_address(var_density, var_26, var_32, var_38, adj_density, adj_26, adj_32, adj_38, adj_39);
    wp::adj_clamp(var_34, var_35, var_37, adj_34, adj_35, adj_37, adj_38);
    wp::adj_sub(var_13, var_36, adj_13, adj_36, adj_37);
    wp::adj_sub(var_2, var_33, adj_2, adj_33, adj_34);
    wp::adj_clamp(var_28, var_29, var_31, adj_28, adj_29, adj_31, adj_32);
    wp::adj_sub(var_9, var_30, adj_9, adj_30, adj_31);
    wp::adj_sub(var_1, var_27, adj_1, adj_27, adj_28);
    wp::adj_clamp(var_22, var_23, var_25, adj_22, adj_23, adj_25, adj_26);
    wp::adj_sub(var_5, var_24, adj_5, adj_24, adj_25);
    wp::adj_sub(var_0, var_21, adj_0, adj_21, adj_22);
    // adj: back = density[wp.clamp(i - 1, 0, nx - 1), wp.clamp(j - 1, 0, ny - 1), wp.clamp(k - 1, 0, nz - 1)]  <L 12>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_velocity, var_0, var_1, var_2, adj_velocity, adj_0, adj_1, adj_2, adj_18);
    // adj: vel = velocity[i, j, k]                                                           <L 11>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_density, var_0, var_1, var_2, adj_density, adj_0, adj_1, adj_2, adj_15);
    // adj: rho = density[i, j, k]                                                            <L 10>
    adj_density.shape = adj_11;
    // adj: nz = density.shape[2]                                                             <L 9>
    adj_density.shape = adj_7;
    // adj: ny = density.shape[1]                                                             <L 8>
    adj_density.shape = adj_3;
    // adj: nx = density.shape[0]                                                             <L 7>
    // adj: i, j, k = wp.tid()                                                                <L 6>
    // adj: def divergence(density: wp.array3d(dtype=float), velocity: wp.array3d(dtype=wp.vec3), dt: float, out: wp.array3d(dtype=float)):  <L 5>
    return;
}



struct divergence_d16bad20_cpu_block_payload_forward
{
    wp_args_divergence_d16bad20* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void divergence_d16bad20_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<3>* dim = (wp::launch_bounds_t<3>*)dim_ptr;
    divergence_d16bad20_cpu_block_payload_forward* payload = (divergence_d16bad20_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    divergence_d16bad20_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void divergence_d16bad20_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_divergence_d16bad20 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        divergence_d16bad20_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &divergence_d16bad20_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct divergence_d16bad20_cpu_block_payload_backward
{
    wp_args_divergence_d16bad20* args;
    wp_args_divergence_d16bad20* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void divergence_d16bad20_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<3>* dim = (wp::launch_bounds_t<3>*)dim_ptr;
    divergence_d16bad20_cpu_block_payload_backward* payload = (divergence_d16bad20_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    divergence_d16bad20_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void divergence_d16bad20_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_divergence_d16bad20 *_wp_args,
    wp_args_divergence_d16bad20 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        divergence_d16bad20_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &divergence_d16bad20_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

