// Warp 1.19.0 cuda code for init_vortex_field_a3408be7.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// init_vortex_field.py:61
static CUDA_CALLABLE wp::float32 lookup_pressure_0(
    wp::array_t<wp::float32> var_p,
    wp::int32 var_x,
    wp::int32 var_y)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def lookup_pressure(p: wp.array2d[float], x: int, y: int):                             <L 62>
    // x = wp.clamp(x, 0, p.shape[0] - 1)                                                     <L 63>
    var_1 = &(var_p.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_x, var_0, var_6);
    // y = wp.clamp(y, 0, p.shape[1] - 1)                                                     <L 64>
    var_9 = &(var_p.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_y, var_8, var_14);
    // return p[x, y]                                                                         <L 65>
    var_16 = wp::address(var_p, var_7, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    return var_17;
}


// init_vortex_field.py:61
static CUDA_CALLABLE void adj_lookup_pressure_0(
    wp::array_t<wp::float32> var_p,
    wp::int32 var_x,
    wp::int32 var_y,
    wp::array_t<wp::float32> & adj_p,
    wp::int32 & adj_x,
    wp::int32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def lookup_pressure(p: wp.array2d[float], x: int, y: int):                             <L 62>
    // x = wp.clamp(x, 0, p.shape[0] - 1)                                                     <L 63>
    var_1 = &(var_p.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_x, var_0, var_6);
    // y = wp.clamp(y, 0, p.shape[1] - 1)                                                     <L 64>
    var_9 = &(var_p.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_y, var_8, var_14);
    // return p[x, y]                                                                         <L 65>
    var_16 = wp::address(var_p, var_7, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_17 += adj_ret;
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_p, var_7, var_15, adj_p, adj_7, adj_15, adj_16);
    // adj: return p[x, y]                                                                    <L 65>
    wp::adj_clamp(var_y, var_8, var_14, adj_y, adj_8, adj_14, adj_15);
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    adj_p.shape = adj_9;
    // adj: y = wp.clamp(y, 0, p.shape[1] - 1)                                                <L 64>
    wp::adj_clamp(var_x, var_0, var_6, adj_x, adj_0, adj_6, adj_7);
    wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
    adj_p.shape = adj_1;
    // adj: x = wp.clamp(x, 0, p.shape[0] - 1)                                                <L 63>
    // adj: def lookup_pressure(p: wp.array2d[float], x: int, y: int):                        <L 62>
    return;
}



extern "C" __global__ void init_mixing_layer_05ccffcf_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::float32 var_dx,
    wp::float32 var_domain_size,
    wp::float32 var_shear_speed,
    wp::float32 var_layer_width,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> var_vel_x,
    wp::array_t<wp::float32> var_vel_y,
    wp::array_t<wp::float32> var_density)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.5;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 1.0;
        bool var_15;
        wp::float32 var_16;
        bool var_17;
        bool var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 2.0;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        bool var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        wp::float32 var_29;
        const wp::float32 var_30 = 4.0;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        bool var_34;
        const wp::float32 var_35 = 1.0;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 2.0;
        const wp::float32 var_39 = 3.14159265358979;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        //---------
        // forward
        // def init_mixing_layer(                                                                 <L 27>
        // i, j = wp.tid()                                                                        <L 37>
        builtin_tid2d(var_0, var_1);
        // x = (float(i) + 0.5) * dx                                                              <L 40>
        var_2 = wp::float(var_0);
        var_4 = wp::add(var_2, var_3);
        var_5 = wp::mul(var_4, var_dx);
        // y = (float(j) + 0.5) * dx - 0.5 * domain_size                                          <L 41>
        var_6 = wp::float(var_1);
        var_8 = wp::add(var_6, var_7);
        var_9 = wp::mul(var_8, var_dx);
        var_11 = wp::mul(var_10, var_domain_size);
        var_12 = wp::sub(var_9, var_11);
        // u = -shear_speed                                                                       <L 43>
        var_13 = wp::neg(var_shear_speed);
        // rho = 1.0                                                                              <L 44>
        // if y > -layer_width and y < layer_width:                                               <L 45>
        var_16 = wp::neg(var_layer_width);
        var_17 = (var_12 > var_16);
        var_15 = var_17;
        if (var_15) {
            var_18 = (var_12 < var_layer_width);
            var_15 = var_15 && var_18;
        }
        if (var_15) {
            // u = shear_speed                                                                    <L 46>
            var_19 = wp::copy(var_shear_speed);
            // rho = 2.0                                                                          <L 47>
        }
        var_21 = wp::where(var_15, var_19, var_13);
        var_22 = wp::where(var_15, var_20, var_14);
        // d = y - layer_width                                                                    <L 49>
        var_23 = wp::sub(var_12, var_layer_width);
        // if y < 0.0:                                                                            <L 50>
        var_25 = (var_12 < var_24);
        if (var_25) {
            // d = y + layer_width                                                                <L 51>
            var_26 = wp::add(var_12, var_layer_width);
        }
        var_27 = wp::where(var_25, var_26, var_23);
        // bump = float(0.0)                                                                      <L 52>
        var_29 = wp::float(var_28);
        // if 4.0 * d * d < layer_width * layer_width:                                            <L 53>
        var_31 = wp::mul(var_30, var_27);
        var_32 = wp::mul(var_31, var_27);
        var_33 = wp::mul(var_layer_width, var_layer_width);
        var_34 = (var_32 < var_33);
        if (var_34) {
            // bump = 1.0                                                                         <L 54>
        }
        var_36 = wp::where(var_34, var_35, var_29);
        // v = amplitude * bump * wp.cos(2.0 * PI * x / domain_size)                              <L 55>
        var_37 = wp::mul(var_amplitude, var_36);
        var_40 = wp::mul(var_38, var_39);
        var_41 = wp::mul(var_40, var_5);
        var_42 = wp::div(var_41, var_domain_size);
        var_43 = wp::cos(var_42);
        var_44 = wp::mul(var_37, var_43);
        // vel_x[i, j] = u                                                                        <L 56>
        wp::array_store(var_vel_x, var_0, var_1, var_21);
        // vel_y[i, j] = v                                                                        <L 57>
        wp::array_store(var_vel_y, var_0, var_1, var_44);
        // density[i, j] = rho                                                                    <L 58>
        wp::array_store(var_density, var_0, var_1, var_22);
    }
}



extern "C" __global__ void init_mixing_layer_05ccffcf_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::float32 var_dx,
    wp::float32 var_domain_size,
    wp::float32 var_shear_speed,
    wp::float32 var_layer_width,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> var_vel_x,
    wp::array_t<wp::float32> var_vel_y,
    wp::array_t<wp::float32> var_density,
    wp::float32 adj_dx,
    wp::float32 adj_domain_size,
    wp::float32 adj_shear_speed,
    wp::float32 adj_layer_width,
    wp::float32 adj_amplitude,
    wp::array_t<wp::float32> adj_vel_x,
    wp::array_t<wp::float32> adj_vel_y,
    wp::array_t<wp::float32> adj_density)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float32 var_2;
        const wp::float32 var_3 = 0.5;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.5;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 1.0;
        bool var_15;
        wp::float32 var_16;
        bool var_17;
        bool var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 2.0;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        bool var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        wp::float32 var_29;
        const wp::float32 var_30 = 4.0;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        bool var_34;
        const wp::float32 var_35 = 1.0;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 2.0;
        const wp::float32 var_39 = 3.14159265358979;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        bool adj_17 = {};
        bool adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        bool adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        //---------
        // forward
        // def init_mixing_layer(                                                                 <L 27>
        // i, j = wp.tid()                                                                        <L 37>
        builtin_tid2d(var_0, var_1);
        // x = (float(i) + 0.5) * dx                                                              <L 40>
        var_2 = wp::float(var_0);
        var_4 = wp::add(var_2, var_3);
        var_5 = wp::mul(var_4, var_dx);
        // y = (float(j) + 0.5) * dx - 0.5 * domain_size                                          <L 41>
        var_6 = wp::float(var_1);
        var_8 = wp::add(var_6, var_7);
        var_9 = wp::mul(var_8, var_dx);
        var_11 = wp::mul(var_10, var_domain_size);
        var_12 = wp::sub(var_9, var_11);
        // u = -shear_speed                                                                       <L 43>
        var_13 = wp::neg(var_shear_speed);
        // rho = 1.0                                                                              <L 44>
        // if y > -layer_width and y < layer_width:                                               <L 45>
        var_16 = wp::neg(var_layer_width);
        var_17 = (var_12 > var_16);
        var_15 = var_17;
        if (var_15) {
            var_18 = (var_12 < var_layer_width);
            var_15 = var_15 && var_18;
        }
        if (var_15) {
            // u = shear_speed                                                                    <L 46>
            var_19 = wp::copy(var_shear_speed);
            // rho = 2.0                                                                          <L 47>
        }
        var_21 = wp::where(var_15, var_19, var_13);
        var_22 = wp::where(var_15, var_20, var_14);
        // d = y - layer_width                                                                    <L 49>
        var_23 = wp::sub(var_12, var_layer_width);
        // if y < 0.0:                                                                            <L 50>
        var_25 = (var_12 < var_24);
        if (var_25) {
            // d = y + layer_width                                                                <L 51>
            var_26 = wp::add(var_12, var_layer_width);
        }
        var_27 = wp::where(var_25, var_26, var_23);
        // bump = float(0.0)                                                                      <L 52>
        var_29 = wp::float(var_28);
        // if 4.0 * d * d < layer_width * layer_width:                                            <L 53>
        var_31 = wp::mul(var_30, var_27);
        var_32 = wp::mul(var_31, var_27);
        var_33 = wp::mul(var_layer_width, var_layer_width);
        var_34 = (var_32 < var_33);
        if (var_34) {
            // bump = 1.0                                                                         <L 54>
        }
        var_36 = wp::where(var_34, var_35, var_29);
        // v = amplitude * bump * wp.cos(2.0 * PI * x / domain_size)                              <L 55>
        var_37 = wp::mul(var_amplitude, var_36);
        var_40 = wp::mul(var_38, var_39);
        var_41 = wp::mul(var_40, var_5);
        var_42 = wp::div(var_41, var_domain_size);
        var_43 = wp::cos(var_42);
        var_44 = wp::mul(var_37, var_43);
        // vel_x[i, j] = u                                                                        <L 56>
        // wp::array_store(var_vel_x, var_0, var_1, var_21);
        // vel_y[i, j] = v                                                                        <L 57>
        // wp::array_store(var_vel_y, var_0, var_1, var_44);
        // density[i, j] = rho                                                                    <L 58>
        // wp::array_store(var_density, var_0, var_1, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_density, var_0, var_1, var_22, adj_density, adj_0, adj_1, adj_22);
        // adj: density[i, j] = rho                                                               <L 58>
        wp::adj_array_store(var_vel_y, var_0, var_1, var_44, adj_vel_y, adj_0, adj_1, adj_44);
        // adj: vel_y[i, j] = v                                                                   <L 57>
        wp::adj_array_store(var_vel_x, var_0, var_1, var_21, adj_vel_x, adj_0, adj_1, adj_21);
        // adj: vel_x[i, j] = u                                                                   <L 56>
        wp::adj_mul(var_37, var_43, adj_37, adj_43, adj_44);
        wp::adj_cos(var_42, adj_42, adj_43);
        wp::adj_div(var_41, var_domain_size, var_42, adj_41, adj_domain_size, adj_42);
        wp::adj_mul(var_40, var_5, adj_40, adj_5, adj_41);
        wp::adj_mul(var_38, var_39, adj_38, adj_39, adj_40);
        wp::adj_mul(var_amplitude, var_36, adj_amplitude, adj_36, adj_37);
        // adj: v = amplitude * bump * wp.cos(2.0 * PI * x / domain_size)                         <L 55>
        wp::adj_where(var_34, var_35, var_29, adj_34, adj_35, adj_29, adj_36);
        if (var_34) {
            // adj: bump = 1.0                                                                    <L 54>
        }
        wp::adj_mul(var_layer_width, var_layer_width, adj_layer_width, adj_layer_width, adj_33);
        wp::adj_mul(var_31, var_27, adj_31, adj_27, adj_32);
        wp::adj_mul(var_30, var_27, adj_30, adj_27, adj_31);
        // adj: if 4.0 * d * d < layer_width * layer_width:                                       <L 53>
        wp::adj_float(var_28, adj_28, adj_29);
        // adj: bump = float(0.0)                                                                 <L 52>
        wp::adj_where(var_25, var_26, var_23, adj_25, adj_26, adj_23, adj_27);
        if (var_25) {
            wp::adj_add(var_12, var_layer_width, adj_12, adj_layer_width, adj_26);
            // adj: d = y + layer_width                                                           <L 51>
        }
        // adj: if y < 0.0:                                                                       <L 50>
        wp::adj_sub(var_12, var_layer_width, adj_12, adj_layer_width, adj_23);
        // adj: d = y - layer_width                                                               <L 49>
        wp::adj_where(var_15, var_20, var_14, adj_15, adj_20, adj_14, adj_22);
        wp::adj_where(var_15, var_19, var_13, adj_15, adj_19, adj_13, adj_21);
        if (var_15) {
            // adj: rho = 2.0                                                                     <L 47>
            wp::adj_copy(var_shear_speed, adj_shear_speed, adj_19);
            // adj: u = shear_speed                                                               <L 46>
        }
        if (var_15) {
        }
        wp::adj_neg(var_layer_width, adj_layer_width, adj_16);
        // adj: if y > -layer_width and y < layer_width:                                          <L 45>
        // adj: rho = 1.0                                                                         <L 44>
        wp::adj_neg(var_shear_speed, adj_shear_speed, adj_13);
        // adj: u = -shear_speed                                                                  <L 43>
        wp::adj_sub(var_9, var_11, adj_9, adj_11, adj_12);
        wp::adj_mul(var_10, var_domain_size, adj_10, adj_domain_size, adj_11);
        wp::adj_mul(var_8, var_dx, adj_8, adj_dx, adj_9);
        wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_float(var_1, adj_1, adj_6);
        // adj: y = (float(j) + 0.5) * dx - 0.5 * domain_size                                     <L 41>
        wp::adj_mul(var_4, var_dx, adj_4, adj_dx, adj_5);
        wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_float(var_0, adj_0, adj_2);
        // adj: x = (float(i) + 0.5) * dx                                                         <L 40>
        // adj: i, j = wp.tid()                                                                   <L 37>
        // adj: def init_mixing_layer(                                                            <L 27>
        continue;
    }
}



extern "C" __global__ void init_vortex_field_3570e104_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_vel_x,
    wp::array_t<wp::float32> var_v,
    wp::array_t<wp::float32> var_curl)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::float32 var_2 = 6.283185307179586;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.5;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.5;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::shape_t* var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::shape_t var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 2.0;
        wp::float32 var_31;
        wp::float32 var_32;
        //---------
        // forward
        // def init_vortex_field(                                                                 <L 9>
        // i, j = wp.tid()                                                                        <L 14>
        builtin_tid2d(var_0, var_1);
        // x = TWO_PI * (float(i) + 0.5) / float(vel_x.shape[0])                                  <L 15>
        var_3 = wp::float(var_0);
        var_5 = wp::add(var_3, var_4);
        var_6 = wp::mul(var_2, var_5);
        var_7 = &(var_vel_x.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::float(var_9);
        var_12 = wp::div(var_6, var_11);
        // y = TWO_PI * (float(j) + 0.5) / float(vel_x.shape[1])                                  <L 16>
        var_13 = wp::float(var_1);
        var_15 = wp::add(var_13, var_14);
        var_16 = wp::mul(var_2, var_15);
        var_17 = &(var_vel_x.shape);
        var_20 = wp::load(var_17);
        var_19 = wp::extract(var_20, var_18);
        var_21 = wp::float(var_19);
        var_22 = wp::div(var_16, var_21);
        // sx = wp.sin(x)                                                                         <L 17>
        var_23 = wp::sin(var_12);
        // cx = wp.cos(x)                                                                         <L 18>
        var_24 = wp::cos(var_12);
        // sy = wp.sin(y)                                                                         <L 19>
        var_25 = wp::sin(var_22);
        // cy = wp.cos(y)                                                                         <L 20>
        var_26 = wp::cos(var_22);
        // vel_x[i, j] = sx * cy                                                                  <L 21>
        var_27 = wp::mul(var_23, var_26);
        wp::array_store(var_vel_x, var_0, var_1, var_27);
        // v[i, j] = -cx * sy                                                                     <L 22>
        var_28 = wp::neg(var_24);
        var_29 = wp::mul(var_28, var_25);
        wp::array_store(var_v, var_0, var_1, var_29);
        // curl[i, j] = 2.0 * sx * sy                                                             <L 23>
        var_31 = wp::mul(var_30, var_23);
        var_32 = wp::mul(var_31, var_25);
        wp::array_store(var_curl, var_0, var_1, var_32);
    }
}



extern "C" __global__ void init_vortex_field_3570e104_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_vel_x,
    wp::array_t<wp::float32> var_v,
    wp::array_t<wp::float32> var_curl,
    wp::array_t<wp::float32> adj_vel_x,
    wp::array_t<wp::float32> adj_v,
    wp::array_t<wp::float32> adj_curl)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::float32 var_2 = 6.283185307179586;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.5;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.5;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::shape_t* var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::shape_t var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 2.0;
        wp::float32 var_31;
        wp::float32 var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::shape_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::shape_t adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        //---------
        // forward
        // def init_vortex_field(                                                                 <L 9>
        // i, j = wp.tid()                                                                        <L 14>
        builtin_tid2d(var_0, var_1);
        // x = TWO_PI * (float(i) + 0.5) / float(vel_x.shape[0])                                  <L 15>
        var_3 = wp::float(var_0);
        var_5 = wp::add(var_3, var_4);
        var_6 = wp::mul(var_2, var_5);
        var_7 = &(var_vel_x.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::float(var_9);
        var_12 = wp::div(var_6, var_11);
        // y = TWO_PI * (float(j) + 0.5) / float(vel_x.shape[1])                                  <L 16>
        var_13 = wp::float(var_1);
        var_15 = wp::add(var_13, var_14);
        var_16 = wp::mul(var_2, var_15);
        var_17 = &(var_vel_x.shape);
        var_20 = wp::load(var_17);
        var_19 = wp::extract(var_20, var_18);
        var_21 = wp::float(var_19);
        var_22 = wp::div(var_16, var_21);
        // sx = wp.sin(x)                                                                         <L 17>
        var_23 = wp::sin(var_12);
        // cx = wp.cos(x)                                                                         <L 18>
        var_24 = wp::cos(var_12);
        // sy = wp.sin(y)                                                                         <L 19>
        var_25 = wp::sin(var_22);
        // cy = wp.cos(y)                                                                         <L 20>
        var_26 = wp::cos(var_22);
        // vel_x[i, j] = sx * cy                                                                  <L 21>
        var_27 = wp::mul(var_23, var_26);
        // wp::array_store(var_vel_x, var_0, var_1, var_27);
        // v[i, j] = -cx * sy                                                                     <L 22>
        var_28 = wp::neg(var_24);
        var_29 = wp::mul(var_28, var_25);
        // wp::array_store(var_v, var_0, var_1, var_29);
        // curl[i, j] = 2.0 * sx * sy                                                             <L 23>
        var_31 = wp::mul(var_30, var_23);
        var_32 = wp::mul(var_31, var_25);
        // wp::array_store(var_curl, var_0, var_1, var_32);
        //---------
        // reverse
        wp::adj_array_store(var_curl, var_0, var_1, var_32, adj_curl, adj_0, adj_1, adj_32);
        wp::adj_mul(var_31, var_25, adj_31, adj_25, adj_32);
        wp::adj_mul(var_30, var_23, adj_30, adj_23, adj_31);
        // adj: curl[i, j] = 2.0 * sx * sy                                                        <L 23>
        wp::adj_array_store(var_v, var_0, var_1, var_29, adj_v, adj_0, adj_1, adj_29);
        wp::adj_mul(var_28, var_25, adj_28, adj_25, adj_29);
        wp::adj_neg(var_24, adj_24, adj_28);
        // adj: v[i, j] = -cx * sy                                                                <L 22>
        wp::adj_array_store(var_vel_x, var_0, var_1, var_27, adj_vel_x, adj_0, adj_1, adj_27);
        wp::adj_mul(var_23, var_26, adj_23, adj_26, adj_27);
        // adj: vel_x[i, j] = sx * cy                                                             <L 21>
        wp::adj_cos(var_22, adj_22, adj_26);
        // adj: cy = wp.cos(y)                                                                    <L 20>
        wp::adj_sin(var_22, adj_22, adj_25);
        // adj: sy = wp.sin(y)                                                                    <L 19>
        wp::adj_cos(var_12, adj_12, adj_24);
        // adj: cx = wp.cos(x)                                                                    <L 18>
        wp::adj_sin(var_12, adj_12, adj_23);
        // adj: sx = wp.sin(x)                                                                    <L 17>
        wp::adj_div(var_16, var_21, var_22, adj_16, adj_21, adj_22);
        wp::adj_float(var_19, adj_19, adj_21);
        adj_vel_x.shape = adj_17;
        wp::adj_mul(var_2, var_15, adj_2, adj_15, adj_16);
        wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_float(var_1, adj_1, adj_13);
        // adj: y = TWO_PI * (float(j) + 0.5) / float(vel_x.shape[1])                             <L 16>
        wp::adj_div(var_6, var_11, var_12, adj_6, adj_11, adj_12);
        wp::adj_float(var_9, adj_9, adj_11);
        adj_vel_x.shape = adj_7;
        wp::adj_mul(var_2, var_5, adj_2, adj_5, adj_6);
        wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: x = TWO_PI * (float(i) + 0.5) / float(vel_x.shape[0])                             <L 15>
        // adj: i, j = wp.tid()                                                                   <L 14>
        // adj: def init_vortex_field(                                                            <L 9>
        continue;
    }
}



extern "C" __global__ void relax_pressure_feb939e3_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_pressure,
    wp::array_t<wp::float32> var_divergence,
    wp::float32 var_dx,
    wp::array_t<wp::float32> var_pressure_out,
    wp::array_t<wp::float32> var_max_change)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 4.0;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 6.0;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 20.0;
        wp::float32 var_51;
        const wp::int32 var_52 = 0;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        //---------
        // forward
        // def relax_pressure(                                                                    <L 69>
        // i, j = wp.tid()                                                                        <L 76>
        builtin_tid2d(var_0, var_1);
        // edges = (                                                                              <L 77>
        // lookup_pressure(pressure, i - 1, j) + lookup_pressure(pressure, i + 1, j)              <L 78>
        var_3 = wp::sub(var_0, var_2);
        var_4 = lookup_pressure_0(var_pressure, var_3, var_1);
        var_6 = wp::add(var_0, var_5);
        var_7 = lookup_pressure_0(var_pressure, var_6, var_1);
        var_8 = wp::add(var_4, var_7);
        // + lookup_pressure(pressure, i, j - 1) + lookup_pressure(pressure, i, j + 1)            <L 79>
        var_10 = wp::sub(var_1, var_9);
        var_11 = lookup_pressure_0(var_pressure, var_0, var_10);
        var_12 = wp::add(var_8, var_11);
        var_14 = wp::add(var_1, var_13);
        var_15 = lookup_pressure_0(var_pressure, var_0, var_14);
        var_16 = wp::add(var_12, var_15);
        // corners = (                                                                            <L 81>
        // lookup_pressure(pressure, i - 1, j - 1) + lookup_pressure(pressure, i + 1, j - 1)       <L 82>
        var_18 = wp::sub(var_0, var_17);
        var_20 = wp::sub(var_1, var_19);
        var_21 = lookup_pressure_0(var_pressure, var_18, var_20);
        var_23 = wp::add(var_0, var_22);
        var_25 = wp::sub(var_1, var_24);
        var_26 = lookup_pressure_0(var_pressure, var_23, var_25);
        var_27 = wp::add(var_21, var_26);
        // + lookup_pressure(pressure, i - 1, j + 1) + lookup_pressure(pressure, i + 1, j + 1)       <L 83>
        var_29 = wp::sub(var_0, var_28);
        var_31 = wp::add(var_1, var_30);
        var_32 = lookup_pressure_0(var_pressure, var_29, var_31);
        var_33 = wp::add(var_27, var_32);
        var_35 = wp::add(var_0, var_34);
        var_37 = wp::add(var_1, var_36);
        var_38 = lookup_pressure_0(var_pressure, var_35, var_37);
        var_39 = wp::add(var_33, var_38);
        // p_new = (4.0 * edges + corners - 6.0 * dx * dx * divergence[i, j]) / 20.0              <L 86>
        var_41 = wp::mul(var_40, var_16);
        var_42 = wp::add(var_41, var_39);
        var_44 = wp::mul(var_43, var_dx);
        var_45 = wp::mul(var_44, var_dx);
        var_46 = wp::address(var_divergence, var_0, var_1);
        var_48 = wp::load(var_46);
        var_47 = wp::mul(var_45, var_48);
        var_49 = wp::sub(var_42, var_47);
        var_51 = wp::div(var_49, var_50);
        // wp.atomic_max(max_change, 0, wp.abs(p_new - pressure[i, j]))                           <L 88>
        var_53 = wp::address(var_pressure, var_0, var_1);
        var_55 = wp::load(var_53);
        var_54 = wp::sub(var_51, var_55);
        var_56 = wp::abs(var_54);
        var_57 = wp::atomic_max(var_max_change, var_52, var_56);
        // pressure_out[i, j] = p_new                                                             <L 89>
        wp::array_store(var_pressure_out, var_0, var_1, var_51);
    }
}



extern "C" __global__ void relax_pressure_feb939e3_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_pressure,
    wp::array_t<wp::float32> var_divergence,
    wp::float32 var_dx,
    wp::array_t<wp::float32> var_pressure_out,
    wp::array_t<wp::float32> var_max_change,
    wp::array_t<wp::float32> adj_pressure,
    wp::array_t<wp::float32> adj_divergence,
    wp::float32 adj_dx,
    wp::array_t<wp::float32> adj_pressure_out,
    wp::array_t<wp::float32> adj_max_change)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 4.0;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 6.0;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 20.0;
        wp::float32 var_51;
        const wp::int32 var_52 = 0;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        //---------
        // forward
        // def relax_pressure(                                                                    <L 69>
        // i, j = wp.tid()                                                                        <L 76>
        builtin_tid2d(var_0, var_1);
        // edges = (                                                                              <L 77>
        // lookup_pressure(pressure, i - 1, j) + lookup_pressure(pressure, i + 1, j)              <L 78>
        var_3 = wp::sub(var_0, var_2);
        var_4 = lookup_pressure_0(var_pressure, var_3, var_1);
        var_6 = wp::add(var_0, var_5);
        var_7 = lookup_pressure_0(var_pressure, var_6, var_1);
        var_8 = wp::add(var_4, var_7);
        // + lookup_pressure(pressure, i, j - 1) + lookup_pressure(pressure, i, j + 1)            <L 79>
        var_10 = wp::sub(var_1, var_9);
        var_11 = lookup_pressure_0(var_pressure, var_0, var_10);
        var_12 = wp::add(var_8, var_11);
        var_14 = wp::add(var_1, var_13);
        var_15 = lookup_pressure_0(var_pressure, var_0, var_14);
        var_16 = wp::add(var_12, var_15);
        // corners = (                                                                            <L 81>
        // lookup_pressure(pressure, i - 1, j - 1) + lookup_pressure(pressure, i + 1, j - 1)       <L 82>
        var_18 = wp::sub(var_0, var_17);
        var_20 = wp::sub(var_1, var_19);
        var_21 = lookup_pressure_0(var_pressure, var_18, var_20);
        var_23 = wp::add(var_0, var_22);
        var_25 = wp::sub(var_1, var_24);
        var_26 = lookup_pressure_0(var_pressure, var_23, var_25);
        var_27 = wp::add(var_21, var_26);
        // + lookup_pressure(pressure, i - 1, j + 1) + lookup_pressure(pressure, i + 1, j + 1)       <L 83>
        var_29 = wp::sub(var_0, var_28);
        var_31 = wp::add(var_1, var_30);
        var_32 = lookup_pressure_0(var_pressure, var_29, var_31);
        var_33 = wp::add(var_27, var_32);
        var_35 = wp::add(var_0, var_34);
        var_37 = wp::add(var_1, var_36);
        var_38 = lookup_pressure_0(var_pressure, var_35, var_37);
        var_39 = wp::add(var_33, var_38);
        // p_new = (4.0 * edges + corners - 6.0 * dx * dx * divergence[i, j]) / 20.0              <L 86>
        var_41 = wp::mul(var_40, var_16);
        var_42 = wp::add(var_41, var_39);
        var_44 = wp::mul(var_43, var_dx);
        var_45 = wp::mul(var_44, var_dx);
        var_46 = wp::address(var_divergence, var_0, var_1);
        var_48 = wp::load(var_46);
        var_47 = wp::mul(var_45, var_48);
        var_49 = wp::sub(var_42, var_47);
        var_51 = wp::div(var_49, var_50);
        // wp.atomic_max(max_change, 0, wp.abs(p_new - pressure[i, j]))                           <L 88>
        var_53 = wp::address(var_pressure, var_0, var_1);
        var_55 = wp::load(var_53);
        var_54 = wp::sub(var_51, var_55);
        var_56 = wp::abs(var_54);
        // var_57 = wp::atomic_max(var_max_change, var_52, var_56);
        // pressure_out[i, j] = p_new                                                             <L 89>
        // wp::array_store(var_pressure_out, var_0, var_1, var_51);
        //---------
        // reverse
        wp::adj_array_store(var_pressure_out, var_0, var_1, var_51, adj_pressure_out, adj_0, adj_1, adj_51);
        // adj: pressure_out[i, j] = p_new                                                        <L 89>
        wp::adj_atomic_max(var_max_change, var_52, var_56, adj_max_change, adj_52, adj_56, adj_57);
        wp::adj_abs(var_54, adj_54, adj_56);
        wp::adj_sub(var_51, var_55, adj_51, adj_53, adj_54);
        wp::adj_address(var_pressure, var_0, var_1, adj_pressure, adj_0, adj_1, adj_53);
        // adj: wp.atomic_max(max_change, 0, wp.abs(p_new - pressure[i, j]))                      <L 88>
        wp::adj_div(var_49, var_50, var_51, adj_49, adj_50, adj_51);
        wp::adj_sub(var_42, var_47, adj_42, adj_47, adj_49);
        wp::adj_mul(var_45, var_48, adj_45, adj_46, adj_47);
        wp::adj_address(var_divergence, var_0, var_1, adj_divergence, adj_0, adj_1, adj_46);
        wp::adj_mul(var_44, var_dx, adj_44, adj_dx, adj_45);
        wp::adj_mul(var_43, var_dx, adj_43, adj_dx, adj_44);
        wp::adj_add(var_41, var_39, adj_41, adj_39, adj_42);
        wp::adj_mul(var_40, var_16, adj_40, adj_16, adj_41);
        // adj: p_new = (4.0 * edges + corners - 6.0 * dx * dx * divergence[i, j]) / 20.0         <L 86>
        wp::adj_add(var_33, var_38, adj_33, adj_38, adj_39);
        adj_lookup_pressure_0(var_pressure, var_35, var_37, adj_pressure, adj_35, adj_37, adj_38);
        wp::adj_add(var_1, var_36, adj_1, adj_36, adj_37);
        wp::adj_add(var_0, var_34, adj_0, adj_34, adj_35);
        wp::adj_add(var_27, var_32, adj_27, adj_32, adj_33);
        adj_lookup_pressure_0(var_pressure, var_29, var_31, adj_pressure, adj_29, adj_31, adj_32);
        wp::adj_add(var_1, var_30, adj_1, adj_30, adj_31);
        wp::adj_sub(var_0, var_28, adj_0, adj_28, adj_29);
        // adj: + lookup_pressure(pressure, i - 1, j + 1) + lookup_pressure(pressure, i + 1, j + 1)  <L 83>
        wp::adj_add(var_21, var_26, adj_21, adj_26, adj_27);
        adj_lookup_pressure_0(var_pressure, var_23, var_25, adj_pressure, adj_23, adj_25, adj_26);
        wp::adj_sub(var_1, var_24, adj_1, adj_24, adj_25);
        wp::adj_add(var_0, var_22, adj_0, adj_22, adj_23);
        adj_lookup_pressure_0(var_pressure, var_18, var_20, adj_pressure, adj_18, adj_20, adj_21);
        wp::adj_sub(var_1, var_19, adj_1, adj_19, adj_20);
        wp::adj_sub(var_0, var_17, adj_0, adj_17, adj_18);
        // adj: lookup_pressure(pressure, i - 1, j - 1) + lookup_pressure(pressure, i + 1, j - 1)  <L 82>
        // adj: corners = (                                                                       <L 81>
        wp::adj_add(var_12, var_15, adj_12, adj_15, adj_16);
        adj_lookup_pressure_0(var_pressure, var_0, var_14, adj_pressure, adj_0, adj_14, adj_15);
        wp::adj_add(var_1, var_13, adj_1, adj_13, adj_14);
        wp::adj_add(var_8, var_11, adj_8, adj_11, adj_12);
        adj_lookup_pressure_0(var_pressure, var_0, var_10, adj_pressure, adj_0, adj_10, adj_11);
        wp::adj_sub(var_1, var_9, adj_1, adj_9, adj_10);
        // adj: + lookup_pressure(pressure, i, j - 1) + lookup_pressure(pressure, i, j + 1)       <L 79>
        wp::adj_add(var_4, var_7, adj_4, adj_7, adj_8);
        adj_lookup_pressure_0(var_pressure, var_6, var_1, adj_pressure, adj_6, adj_1, adj_7);
        wp::adj_add(var_0, var_5, adj_0, adj_5, adj_6);
        adj_lookup_pressure_0(var_pressure, var_3, var_1, adj_pressure, adj_3, adj_1, adj_4);
        wp::adj_sub(var_0, var_2, adj_0, adj_2, adj_3);
        // adj: lookup_pressure(pressure, i - 1, j) + lookup_pressure(pressure, i + 1, j)         <L 78>
        // adj: edges = (                                                                         <L 77>
        // adj: i, j = wp.tid()                                                                   <L 76>
        // adj: def relax_pressure(                                                               <L 69>
        continue;
    }
}

