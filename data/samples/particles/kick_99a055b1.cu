// Warp 1.19.0 cuda code for kick_99a055b1.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void kick_12207542_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::vec_t<3, wp::float32> var_accel,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel)
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
        const wp::float32 var_1 = 0.5;
        wp::float32 var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        //---------
        // forward
        // def kick(accel: wp.vec3, dt: float, vel: wp.array(dtype=wp.vec3)):                     <L 9>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // vel[tid] += 0.5 * dt * accel                                                           <L 13>
        var_2 = wp::mul(var_1, var_dt);
        var_3 = wp::mul(var_2, var_accel);
        var_4 = wp::atomic_add(var_vel, var_0, var_3);
    }
}



extern "C" __global__ void kick_12207542_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::vec_t<3, wp::float32> var_accel,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::vec_t<3, wp::float32> adj_accel,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel)
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
        const wp::float32 var_1 = 0.5;
        wp::float32 var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        //---------
        // forward
        // def kick(accel: wp.vec3, dt: float, vel: wp.array(dtype=wp.vec3)):                     <L 9>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // vel[tid] += 0.5 * dt * accel                                                           <L 13>
        var_2 = wp::mul(var_1, var_dt);
        var_3 = wp::mul(var_2, var_accel);
        // var_4 = wp::atomic_add(var_vel, var_0, var_3);
        //---------
        // reverse
        wp::adj_atomic_add(var_vel, var_0, var_3, adj_vel, adj_0, adj_3, adj_4);
        wp::adj_mul(var_2, var_accel, adj_2, adj_accel, adj_3);
        wp::adj_mul(var_1, var_dt, adj_1, adj_dt, adj_2);
        // adj: vel[tid] += 0.5 * dt * accel                                                      <L 13>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def kick(accel: wp.vec3, dt: float, vel: wp.array(dtype=wp.vec3)):                <L 9>
        continue;
    }
}



extern "C" __global__ void accumulate_impulse_5831e556_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f_ext,
    wp::array_t<wp::float32> var_masses,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_new)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        //---------
        // forward
        // def accumulate_impulse(                                                                <L 17>
        // tid = wp.tid()                                                                         <L 24>
        var_0 = builtin_tid1d();
        // v = vel[tid]                                                                           <L 25>
        var_1 = wp::address(var_vel, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // force = f_ext[tid]                                                                     <L 26>
        var_4 = wp::address(var_f_ext, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // m = masses[tid]                                                                        <L 27>
        var_7 = wp::address(var_masses, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // inv_m = 1.0 / m                                                                        <L 28>
        var_11 = wp::div(var_10, var_8);
        // v_new[tid] = v + dt * inv_m * force                                                    <L 29>
        var_12 = wp::mul(var_dt, var_11);
        var_13 = wp::mul(var_12, var_5);
        var_14 = wp::add(var_2, var_13);
        wp::array_store(var_v_new, var_0, var_14);
    }
}



extern "C" __global__ void accumulate_impulse_5831e556_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f_ext,
    wp::array_t<wp::float32> var_masses,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_new,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f_ext,
    wp::array_t<wp::float32> adj_masses,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_new)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        //---------
        // forward
        // def accumulate_impulse(                                                                <L 17>
        // tid = wp.tid()                                                                         <L 24>
        var_0 = builtin_tid1d();
        // v = vel[tid]                                                                           <L 25>
        var_1 = wp::address(var_vel, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // force = f_ext[tid]                                                                     <L 26>
        var_4 = wp::address(var_f_ext, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // m = masses[tid]                                                                        <L 27>
        var_7 = wp::address(var_masses, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // inv_m = 1.0 / m                                                                        <L 28>
        var_11 = wp::div(var_10, var_8);
        // v_new[tid] = v + dt * inv_m * force                                                    <L 29>
        var_12 = wp::mul(var_dt, var_11);
        var_13 = wp::mul(var_12, var_5);
        var_14 = wp::add(var_2, var_13);
        // wp::array_store(var_v_new, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_v_new, var_0, var_14, adj_v_new, adj_0, adj_14);
        wp::adj_add(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_mul(var_12, var_5, adj_12, adj_5, adj_13);
        wp::adj_mul(var_dt, var_11, adj_dt, adj_11, adj_12);
        // adj: v_new[tid] = v + dt * inv_m * force                                               <L 29>
        wp::adj_div(var_10, var_8, var_11, adj_10, adj_8, adj_11);
        // adj: inv_m = 1.0 / m                                                                   <L 28>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_masses, var_0, adj_masses, adj_0, adj_7);
        // adj: m = masses[tid]                                                                   <L 27>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_f_ext, var_0, adj_f_ext, adj_0, adj_4);
        // adj: force = f_ext[tid]                                                                <L 26>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_1);
        // adj: v = vel[tid]                                                                      <L 25>
        // adj: tid = wp.tid()                                                                    <L 24>
        // adj: def accumulate_impulse(                                                           <L 17>
        continue;
    }
}



extern "C" __global__ void clear_forces_5b026f2f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_forces)
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
        const wp::float32 var_1 = 0.0;
        //---------
        // forward
        // def clear_forces(forces: wp.array(dtype=float)):                                       <L 95>
        // tid = wp.tid()                                                                         <L 96>
        var_0 = builtin_tid1d();
        // forces[tid] = 0.0                                                                      <L 97>
        wp::array_store(var_forces, var_0, var_1);
    }
}



extern "C" __global__ void clear_forces_5b026f2f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_forces,
    wp::array_t<wp::float32> adj_forces)
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
        const wp::float32 var_1 = 0.0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        //---------
        // forward
        // def clear_forces(forces: wp.array(dtype=float)):                                       <L 95>
        // tid = wp.tid()                                                                         <L 96>
        var_0 = builtin_tid1d();
        // forces[tid] = 0.0                                                                      <L 97>
        // wp::array_store(var_forces, var_0, var_1);
        //---------
        // reverse
        wp::adj_array_store(var_forces, var_0, var_1, adj_forces, adj_0, adj_1);
        // adj: forces[tid] = 0.0                                                                 <L 97>
        // adj: tid = wp.tid()                                                                    <L 96>
        // adj: def clear_forces(forces: wp.array(dtype=float)):                                  <L 95>
        continue;
    }
}



extern "C" __global__ void create_substep_particles__locals__substep_particles_bdaf62de_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_gravity,
    wp::array_t<wp::float32> var_world_drag,
    wp::array_t<wp::int32> var_sim_frame,
    wp::array_t<wp::float32> var_shape_mu,
    wp::int32 var_world_particle_count,
    wp::float32 var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_trajectory)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        bool var_6;
        wp::int32* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 0.0;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        const wp::float32 var_32 = 1.0;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        wp::float32 var_38;
        const bool var_39 = true;
        const wp::float32 var_40 = 1.0;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 0;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        const bool var_48 = true;
        wp::float32 var_49;
        const wp::float32 var_50 = 25.0;
        bool var_51;
        wp::float32 var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        const bool var_57 = true;
        const wp::int32 var_58 = 0;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::float32 var_61 = 2.0;
        bool var_62;
        const wp::int32 var_63 = 0;
        wp::float32 var_64;
        const wp::float32 var_65 = -2.0;
        wp::float32 var_66;
        const wp::int32 var_67 = 1;
        wp::float32 var_68;
        const wp::int32 var_69 = 2;
        wp::float32 var_70;
        wp::vec_t<3, wp::float32> var_71;
        const wp::float32 var_72 = 0.0;
        const wp::int32 var_73 = 1;
        wp::float32 var_74;
        const wp::int32 var_75 = 2;
        wp::float32 var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        const bool var_80 = true;
        const wp::int32 var_81 = 1;
        wp::float32 var_82;
        bool var_83;
        const wp::int32 var_84 = 0;
        wp::float32 var_85;
        const wp::int32 var_86 = 2;
        wp::float32 var_87;
        wp::vec_t<3, wp::float32> var_88;
        const wp::int32 var_89 = 1;
        wp::float32 var_90;
        const wp::float32 var_91 = 0.0;
        wp::float32 var_92;
        const wp::int32 var_93 = 0;
        wp::float32 var_94;
        wp::float32 var_95;
        wp::float32 var_96;
        const wp::float32 var_97 = 0.5;
        wp::float32 var_98;
        const wp::int32 var_99 = 2;
        wp::float32 var_100;
        wp::float32 var_101;
        wp::vec_t<3, wp::float32> var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::vec_t<3, wp::float32> var_104;
        const wp::int32 var_105 = 1;
        wp::vec_t<3, wp::float32> var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<3, wp::float32> var_108;
        const bool var_109 = true;
        wp::float32 var_110;
        bool var_111;
        wp::float32 var_112;
        wp::vec_t<3, wp::float32> var_113;
        wp::vec_t<3, wp::float32> var_114;
        wp::vec_t<3, wp::float32> var_115;
        wp::vec_t<3, wp::float32> var_116;
        const bool var_117 = true;
        const wp::int32 var_118 = 0;
        wp::float32 var_119;
        wp::float32 var_120;
        bool var_121;
        const wp::int32 var_122 = 0;
        wp::float32 var_123;
        const wp::float32 var_124 = -2.0;
        wp::float32 var_125;
        const wp::int32 var_126 = 1;
        wp::float32 var_127;
        const wp::int32 var_128 = 2;
        wp::float32 var_129;
        wp::vec_t<3, wp::float32> var_130;
        const wp::float32 var_131 = 0.0;
        const wp::int32 var_132 = 1;
        wp::float32 var_133;
        const wp::int32 var_134 = 2;
        wp::float32 var_135;
        wp::vec_t<3, wp::float32> var_136;
        wp::vec_t<3, wp::float32> var_137;
        wp::vec_t<3, wp::float32> var_138;
        const bool var_139 = true;
        const wp::int32 var_140 = 1;
        wp::float32 var_141;
        bool var_142;
        const wp::int32 var_143 = 0;
        wp::float32 var_144;
        const wp::int32 var_145 = 2;
        wp::float32 var_146;
        wp::vec_t<3, wp::float32> var_147;
        const wp::int32 var_148 = 1;
        wp::float32 var_149;
        const wp::float32 var_150 = 0.0;
        wp::float32 var_151;
        const wp::int32 var_152 = 0;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::float32 var_155;
        const wp::float32 var_156 = 0.5;
        wp::float32 var_157;
        const wp::int32 var_158 = 2;
        wp::float32 var_159;
        wp::float32 var_160;
        wp::vec_t<3, wp::float32> var_161;
        wp::vec_t<3, wp::float32> var_162;
        wp::vec_t<3, wp::float32> var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 2;
        wp::vec_t<3, wp::float32> var_166;
        wp::vec_t<3, wp::float32> var_167;
        wp::vec_t<3, wp::float32> var_168;
        const bool var_169 = true;
        wp::float32 var_170;
        bool var_171;
        wp::float32 var_172;
        wp::vec_t<3, wp::float32> var_173;
        wp::vec_t<3, wp::float32> var_174;
        wp::vec_t<3, wp::float32> var_175;
        wp::vec_t<3, wp::float32> var_176;
        const bool var_177 = true;
        const wp::int32 var_178 = 0;
        wp::float32 var_179;
        wp::float32 var_180;
        bool var_181;
        const wp::int32 var_182 = 0;
        wp::float32 var_183;
        const wp::float32 var_184 = -2.0;
        wp::float32 var_185;
        const wp::int32 var_186 = 1;
        wp::float32 var_187;
        const wp::int32 var_188 = 2;
        wp::float32 var_189;
        wp::vec_t<3, wp::float32> var_190;
        const wp::float32 var_191 = 0.0;
        const wp::int32 var_192 = 1;
        wp::float32 var_193;
        const wp::int32 var_194 = 2;
        wp::float32 var_195;
        wp::vec_t<3, wp::float32> var_196;
        wp::vec_t<3, wp::float32> var_197;
        wp::vec_t<3, wp::float32> var_198;
        const bool var_199 = true;
        const wp::int32 var_200 = 1;
        wp::float32 var_201;
        bool var_202;
        const wp::int32 var_203 = 0;
        wp::float32 var_204;
        const wp::int32 var_205 = 2;
        wp::float32 var_206;
        wp::vec_t<3, wp::float32> var_207;
        const wp::int32 var_208 = 1;
        wp::float32 var_209;
        const wp::float32 var_210 = 0.0;
        wp::float32 var_211;
        const wp::int32 var_212 = 0;
        wp::float32 var_213;
        wp::float32 var_214;
        wp::float32 var_215;
        const wp::float32 var_216 = 0.5;
        wp::float32 var_217;
        const wp::int32 var_218 = 2;
        wp::float32 var_219;
        wp::float32 var_220;
        wp::vec_t<3, wp::float32> var_221;
        wp::vec_t<3, wp::float32> var_222;
        wp::vec_t<3, wp::float32> var_223;
        wp::float32 var_224;
        const wp::int32 var_225 = 3;
        wp::vec_t<3, wp::float32> var_226;
        wp::vec_t<3, wp::float32> var_227;
        wp::vec_t<3, wp::float32> var_228;
        const bool var_229 = true;
        wp::float32 var_230;
        bool var_231;
        wp::float32 var_232;
        wp::vec_t<3, wp::float32> var_233;
        wp::vec_t<3, wp::float32> var_234;
        wp::vec_t<3, wp::float32> var_235;
        wp::vec_t<3, wp::float32> var_236;
        const bool var_237 = true;
        const wp::int32 var_238 = 0;
        wp::float32 var_239;
        wp::float32 var_240;
        bool var_241;
        const wp::int32 var_242 = 0;
        wp::float32 var_243;
        const wp::float32 var_244 = -2.0;
        wp::float32 var_245;
        const wp::int32 var_246 = 1;
        wp::float32 var_247;
        const wp::int32 var_248 = 2;
        wp::float32 var_249;
        wp::vec_t<3, wp::float32> var_250;
        const wp::float32 var_251 = 0.0;
        const wp::int32 var_252 = 1;
        wp::float32 var_253;
        const wp::int32 var_254 = 2;
        wp::float32 var_255;
        wp::vec_t<3, wp::float32> var_256;
        wp::vec_t<3, wp::float32> var_257;
        wp::vec_t<3, wp::float32> var_258;
        const bool var_259 = true;
        const wp::int32 var_260 = 1;
        wp::float32 var_261;
        bool var_262;
        const wp::int32 var_263 = 0;
        wp::float32 var_264;
        const wp::int32 var_265 = 2;
        wp::float32 var_266;
        wp::vec_t<3, wp::float32> var_267;
        const wp::int32 var_268 = 1;
        wp::float32 var_269;
        const wp::float32 var_270 = 0.0;
        wp::float32 var_271;
        const wp::int32 var_272 = 0;
        wp::float32 var_273;
        wp::float32 var_274;
        wp::float32 var_275;
        const wp::float32 var_276 = 0.5;
        wp::float32 var_277;
        const wp::int32 var_278 = 2;
        wp::float32 var_279;
        wp::float32 var_280;
        wp::vec_t<3, wp::float32> var_281;
        wp::vec_t<3, wp::float32> var_282;
        wp::vec_t<3, wp::float32> var_283;
        wp::float32 var_284;
        const wp::int32 var_285 = 0;
        wp::int32* var_286;
        wp::int32 var_287;
        wp::int32 var_288;
        const wp::int32 var_289 = 4;
        wp::int32 var_290;
        const wp::int32 var_291 = 0;
        bool var_292;
        wp::int32 var_293;
        const wp::int32 var_294 = 16;
        wp::int32 var_295;
        //---------
        // forward
        // def substep_particles(                                                                 <L 34>
        // tid = wp.tid()                                                                         <L 50>
        var_0 = builtin_tid1d();
        // world = tid // world_particle_count                                                    <L 51>
        var_1 = wp::floordiv(var_0, var_world_particle_count);
        // if tid >= x.shape[0]:                                                                  <L 52>
        var_2 = &(var_x.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = (var_0 >= var_4);
        if (var_6) {
            // return                                                                             <L 53>
            continue;
        }
        // if (particle_flags[tid] & PARTICLE_FLAG_ACTIVE) == 0:                                  <L 54>
        var_7 = wp::address(var_particle_flags, var_0);
        var_10 = wp::load(var_7);
        var_9 = wp::bit_and(var_10, var_8);
        var_12 = (var_9 == var_11);
        if (var_12) {
            // return                                                                             <L 55>
            continue;
        }
        // x_i = x[tid]                                                                           <L 56>
        var_13 = wp::address(var_x, var_0);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // v_i = particle_v[tid]                                                                  <L 57>
        var_16 = wp::address(var_particle_v, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // w = inv_mass[tid]                                                                      <L 58>
        var_19 = wp::address(var_inv_mass, var_0);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // a = world_gravity[world]                                                               <L 59>
        var_22 = wp::address(var_world_gravity, var_1);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // if w == 0.0:                                                                           <L 60>
        var_26 = (var_20 == var_25);
        if (var_26) {
            // a = wp.vec3(0.0, 0.0, 0.0)                                                         <L 61>
            var_30 = wp::vec_t<3, wp::float32>(var_27, var_28, var_29);
        }
        var_31 = wp::where(var_26, var_30, var_23);
        // damp = wp.max(1.0 - world_drag[world] * dt, 0.0)                                       <L 62>
        var_33 = wp::address(var_world_drag, var_1);
        var_35 = wp::load(var_33);
        var_34 = wp::mul(var_35, var_dt);
        var_36 = wp::sub(var_32, var_34);
        var_38 = wp::max(var_36, var_37);
        // if wp.static(ground):                                                                  <L 63>
        // slip = 1.0 - shape_mu[tid]                                                             <L 64>
        var_41 = wp::address(var_shape_mu, var_0);
        var_43 = wp::load(var_41);
        var_42 = wp::sub(var_40, var_43);
        // for _s in range(SUBSTEPS):                                                             <L 65>
        // v_i = (v_i + a * dt) * damp                                                            <L 66>
        var_45 = wp::mul(var_31, var_dt);
        var_46 = wp::add(var_17, var_45);
        var_47 = wp::mul(var_46, var_38);
        // if wp.static(max_speed > 0.0):                                                         <L 67>
        // speed = wp.length(v_i)                                                                 <L 68>
        var_49 = wp::length(var_47);
        // if speed > max_speed:                                                                  <L 69>
        var_51 = (var_49 > var_50);
        if (var_51) {
            // v_i = v_i * (max_speed / speed)                                                    <L 70>
            var_52 = wp::div(var_50, var_49);
            var_53 = wp::mul(var_47, var_52);
        }
        var_54 = wp::where(var_51, var_53, var_47);
        // x_i = x_i + v_i * dt                                                                   <L 71>
        var_55 = wp::mul(var_54, var_dt);
        var_56 = wp::add(var_14, var_55);
        // if wp.static(half_width > 0.0):                                                        <L 72>
        // if wp.abs(x_i[0]) > half_width:                                                        <L 73>
        var_59 = wp::extract(var_56, var_58);
        var_60 = wp::abs(var_59);
        var_62 = (var_60 > var_61);
        if (var_62) {
            // x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])           <L 74>
            var_64 = wp::extract(var_56, var_63);
            var_66 = wp::clamp(var_64, var_65, var_61);
            var_68 = wp::extract(var_56, var_67);
            var_70 = wp::extract(var_56, var_69);
            var_71 = wp::vec_t<3, wp::float32>(var_66, var_68, var_70);
            // v_i = wp.vec3(0.0, v_i[1], v_i[2])                                                 <L 75>
            var_74 = wp::extract(var_54, var_73);
            var_76 = wp::extract(var_54, var_75);
            var_77 = wp::vec_t<3, wp::float32>(var_72, var_74, var_76);
        }
        var_78 = wp::where(var_62, var_71, var_56);
        var_79 = wp::where(var_62, var_77, var_54);
        // if wp.static(ground):                                                                  <L 76>
        // if x_i[1] < particle_radius:                                                           <L 77>
        var_82 = wp::extract(var_78, var_81);
        var_83 = (var_82 < var_particle_radius);
        if (var_83) {
            // x_i = wp.vec3(x_i[0], particle_radius, x_i[2])                                     <L 78>
            var_85 = wp::extract(var_78, var_84);
            var_87 = wp::extract(var_78, var_86);
            var_88 = wp::vec_t<3, wp::float32>(var_85, var_particle_radius, var_87);
            // vn = wp.min(v_i[1], 0.0)                                                           <L 79>
            var_90 = wp::extract(var_79, var_89);
            var_92 = wp::min(var_90, var_91);
            // v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)                             <L 80>
            var_94 = wp::extract(var_79, var_93);
            var_95 = wp::mul(var_94, var_42);
            var_96 = wp::neg(var_92);
            var_98 = wp::mul(var_96, var_97);
            var_100 = wp::extract(var_79, var_99);
            var_101 = wp::mul(var_100, var_42);
            var_102 = wp::vec_t<3, wp::float32>(var_95, var_98, var_101);
        }
        var_103 = wp::where(var_83, var_88, var_78);
        var_104 = wp::where(var_83, var_102, var_79);
        // v_i = (v_i + a * dt) * damp                                                            <L 66>
        var_106 = wp::mul(var_31, var_dt);
        var_107 = wp::add(var_104, var_106);
        var_108 = wp::mul(var_107, var_38);
        // if wp.static(max_speed > 0.0):                                                         <L 67>
        // speed = wp.length(v_i)                                                                 <L 68>
        var_110 = wp::length(var_108);
        // if speed > max_speed:                                                                  <L 69>
        var_111 = (var_110 > var_50);
        if (var_111) {
            // v_i = v_i * (max_speed / speed)                                                    <L 70>
            var_112 = wp::div(var_50, var_110);
            var_113 = wp::mul(var_108, var_112);
        }
        var_114 = wp::where(var_111, var_113, var_108);
        // x_i = x_i + v_i * dt                                                                   <L 71>
        var_115 = wp::mul(var_114, var_dt);
        var_116 = wp::add(var_103, var_115);
        // if wp.static(half_width > 0.0):                                                        <L 72>
        // if wp.abs(x_i[0]) > half_width:                                                        <L 73>
        var_119 = wp::extract(var_116, var_118);
        var_120 = wp::abs(var_119);
        var_121 = (var_120 > var_61);
        if (var_121) {
            // x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])           <L 74>
            var_123 = wp::extract(var_116, var_122);
            var_125 = wp::clamp(var_123, var_124, var_61);
            var_127 = wp::extract(var_116, var_126);
            var_129 = wp::extract(var_116, var_128);
            var_130 = wp::vec_t<3, wp::float32>(var_125, var_127, var_129);
            // v_i = wp.vec3(0.0, v_i[1], v_i[2])                                                 <L 75>
            var_133 = wp::extract(var_114, var_132);
            var_135 = wp::extract(var_114, var_134);
            var_136 = wp::vec_t<3, wp::float32>(var_131, var_133, var_135);
        }
        var_137 = wp::where(var_121, var_130, var_116);
        var_138 = wp::where(var_121, var_136, var_114);
        // if wp.static(ground):                                                                  <L 76>
        // if x_i[1] < particle_radius:                                                           <L 77>
        var_141 = wp::extract(var_137, var_140);
        var_142 = (var_141 < var_particle_radius);
        if (var_142) {
            // x_i = wp.vec3(x_i[0], particle_radius, x_i[2])                                     <L 78>
            var_144 = wp::extract(var_137, var_143);
            var_146 = wp::extract(var_137, var_145);
            var_147 = wp::vec_t<3, wp::float32>(var_144, var_particle_radius, var_146);
            // vn = wp.min(v_i[1], 0.0)                                                           <L 79>
            var_149 = wp::extract(var_138, var_148);
            var_151 = wp::min(var_149, var_150);
            // v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)                             <L 80>
            var_153 = wp::extract(var_138, var_152);
            var_154 = wp::mul(var_153, var_42);
            var_155 = wp::neg(var_151);
            var_157 = wp::mul(var_155, var_156);
            var_159 = wp::extract(var_138, var_158);
            var_160 = wp::mul(var_159, var_42);
            var_161 = wp::vec_t<3, wp::float32>(var_154, var_157, var_160);
        }
        var_162 = wp::where(var_142, var_147, var_137);
        var_163 = wp::where(var_142, var_161, var_138);
        var_164 = wp::where(var_142, var_151, var_92);
        // v_i = (v_i + a * dt) * damp                                                            <L 66>
        var_166 = wp::mul(var_31, var_dt);
        var_167 = wp::add(var_163, var_166);
        var_168 = wp::mul(var_167, var_38);
        // if wp.static(max_speed > 0.0):                                                         <L 67>
        // speed = wp.length(v_i)                                                                 <L 68>
        var_170 = wp::length(var_168);
        // if speed > max_speed:                                                                  <L 69>
        var_171 = (var_170 > var_50);
        if (var_171) {
            // v_i = v_i * (max_speed / speed)                                                    <L 70>
            var_172 = wp::div(var_50, var_170);
            var_173 = wp::mul(var_168, var_172);
        }
        var_174 = wp::where(var_171, var_173, var_168);
        // x_i = x_i + v_i * dt                                                                   <L 71>
        var_175 = wp::mul(var_174, var_dt);
        var_176 = wp::add(var_162, var_175);
        // if wp.static(half_width > 0.0):                                                        <L 72>
        // if wp.abs(x_i[0]) > half_width:                                                        <L 73>
        var_179 = wp::extract(var_176, var_178);
        var_180 = wp::abs(var_179);
        var_181 = (var_180 > var_61);
        if (var_181) {
            // x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])           <L 74>
            var_183 = wp::extract(var_176, var_182);
            var_185 = wp::clamp(var_183, var_184, var_61);
            var_187 = wp::extract(var_176, var_186);
            var_189 = wp::extract(var_176, var_188);
            var_190 = wp::vec_t<3, wp::float32>(var_185, var_187, var_189);
            // v_i = wp.vec3(0.0, v_i[1], v_i[2])                                                 <L 75>
            var_193 = wp::extract(var_174, var_192);
            var_195 = wp::extract(var_174, var_194);
            var_196 = wp::vec_t<3, wp::float32>(var_191, var_193, var_195);
        }
        var_197 = wp::where(var_181, var_190, var_176);
        var_198 = wp::where(var_181, var_196, var_174);
        // if wp.static(ground):                                                                  <L 76>
        // if x_i[1] < particle_radius:                                                           <L 77>
        var_201 = wp::extract(var_197, var_200);
        var_202 = (var_201 < var_particle_radius);
        if (var_202) {
            // x_i = wp.vec3(x_i[0], particle_radius, x_i[2])                                     <L 78>
            var_204 = wp::extract(var_197, var_203);
            var_206 = wp::extract(var_197, var_205);
            var_207 = wp::vec_t<3, wp::float32>(var_204, var_particle_radius, var_206);
            // vn = wp.min(v_i[1], 0.0)                                                           <L 79>
            var_209 = wp::extract(var_198, var_208);
            var_211 = wp::min(var_209, var_210);
            // v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)                             <L 80>
            var_213 = wp::extract(var_198, var_212);
            var_214 = wp::mul(var_213, var_42);
            var_215 = wp::neg(var_211);
            var_217 = wp::mul(var_215, var_216);
            var_219 = wp::extract(var_198, var_218);
            var_220 = wp::mul(var_219, var_42);
            var_221 = wp::vec_t<3, wp::float32>(var_214, var_217, var_220);
        }
        var_222 = wp::where(var_202, var_207, var_197);
        var_223 = wp::where(var_202, var_221, var_198);
        var_224 = wp::where(var_202, var_211, var_164);
        // v_i = (v_i + a * dt) * damp                                                            <L 66>
        var_226 = wp::mul(var_31, var_dt);
        var_227 = wp::add(var_223, var_226);
        var_228 = wp::mul(var_227, var_38);
        // if wp.static(max_speed > 0.0):                                                         <L 67>
        // speed = wp.length(v_i)                                                                 <L 68>
        var_230 = wp::length(var_228);
        // if speed > max_speed:                                                                  <L 69>
        var_231 = (var_230 > var_50);
        if (var_231) {
            // v_i = v_i * (max_speed / speed)                                                    <L 70>
            var_232 = wp::div(var_50, var_230);
            var_233 = wp::mul(var_228, var_232);
        }
        var_234 = wp::where(var_231, var_233, var_228);
        // x_i = x_i + v_i * dt                                                                   <L 71>
        var_235 = wp::mul(var_234, var_dt);
        var_236 = wp::add(var_222, var_235);
        // if wp.static(half_width > 0.0):                                                        <L 72>
        // if wp.abs(x_i[0]) > half_width:                                                        <L 73>
        var_239 = wp::extract(var_236, var_238);
        var_240 = wp::abs(var_239);
        var_241 = (var_240 > var_61);
        if (var_241) {
            // x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])           <L 74>
            var_243 = wp::extract(var_236, var_242);
            var_245 = wp::clamp(var_243, var_244, var_61);
            var_247 = wp::extract(var_236, var_246);
            var_249 = wp::extract(var_236, var_248);
            var_250 = wp::vec_t<3, wp::float32>(var_245, var_247, var_249);
            // v_i = wp.vec3(0.0, v_i[1], v_i[2])                                                 <L 75>
            var_253 = wp::extract(var_234, var_252);
            var_255 = wp::extract(var_234, var_254);
            var_256 = wp::vec_t<3, wp::float32>(var_251, var_253, var_255);
        }
        var_257 = wp::where(var_241, var_250, var_236);
        var_258 = wp::where(var_241, var_256, var_234);
        // if wp.static(ground):                                                                  <L 76>
        // if x_i[1] < particle_radius:                                                           <L 77>
        var_261 = wp::extract(var_257, var_260);
        var_262 = (var_261 < var_particle_radius);
        if (var_262) {
            // x_i = wp.vec3(x_i[0], particle_radius, x_i[2])                                     <L 78>
            var_264 = wp::extract(var_257, var_263);
            var_266 = wp::extract(var_257, var_265);
            var_267 = wp::vec_t<3, wp::float32>(var_264, var_particle_radius, var_266);
            // vn = wp.min(v_i[1], 0.0)                                                           <L 79>
            var_269 = wp::extract(var_258, var_268);
            var_271 = wp::min(var_269, var_270);
            // v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)                             <L 80>
            var_273 = wp::extract(var_258, var_272);
            var_274 = wp::mul(var_273, var_42);
            var_275 = wp::neg(var_271);
            var_277 = wp::mul(var_275, var_276);
            var_279 = wp::extract(var_258, var_278);
            var_280 = wp::mul(var_279, var_42);
            var_281 = wp::vec_t<3, wp::float32>(var_274, var_277, var_280);
        }
        var_282 = wp::where(var_262, var_267, var_257);
        var_283 = wp::where(var_262, var_281, var_258);
        var_284 = wp::where(var_262, var_271, var_224);
        // x_out[tid] = x_i                                                                       <L 81>
        wp::array_store(var_x_out, var_0, var_282);
        // v_out[tid] = v_i                                                                       <L 82>
        wp::array_store(var_v_out, var_0, var_283);
        // frame = sim_frame[0]                                                                   <L 83>
        var_286 = wp::address(var_sim_frame, var_285);
        var_288 = wp::load(var_286);
        var_287 = wp::copy(var_288);
        // if frame % record_every != 0:                                                          <L 84>
        var_290 = wp::mod(var_287, var_289);
        var_292 = (var_290 != var_291);
        if (var_292) {
            // return                                                                             <L 85>
            continue;
        }
        // slot = (frame // record_every) % history                                               <L 86>
        var_293 = wp::floordiv(var_287, var_289);
        var_295 = wp::mod(var_293, var_294);
        // trajectory[slot, tid] = x_i                                                            <L 87>
        wp::array_store(var_trajectory, var_295, var_0, var_282);
    }
}



extern "C" __global__ void create_substep_particles__locals__substep_particles_bdaf62de_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_gravity,
    wp::array_t<wp::float32> var_world_drag,
    wp::array_t<wp::int32> var_sim_frame,
    wp::array_t<wp::float32> var_shape_mu,
    wp::int32 var_world_particle_count,
    wp::float32 var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_trajectory,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::float32> adj_inv_mass,
    wp::array_t<wp::int32> adj_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_world_gravity,
    wp::array_t<wp::float32> adj_world_drag,
    wp::array_t<wp::int32> adj_sim_frame,
    wp::array_t<wp::float32> adj_shape_mu,
    wp::int32 adj_world_particle_count,
    wp::float32 adj_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_trajectory)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        bool var_6;
        wp::int32* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 0.0;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        const wp::float32 var_32 = 1.0;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        wp::float32 var_38;
        const bool var_39 = true;
        const wp::float32 var_40 = 1.0;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 0;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        const bool var_48 = true;
        wp::float32 var_49;
        const wp::float32 var_50 = 25.0;
        bool var_51;
        wp::float32 var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        const bool var_57 = true;
        const wp::int32 var_58 = 0;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::float32 var_61 = 2.0;
        bool var_62;
        const wp::int32 var_63 = 0;
        wp::float32 var_64;
        const wp::float32 var_65 = -2.0;
        wp::float32 var_66;
        const wp::int32 var_67 = 1;
        wp::float32 var_68;
        const wp::int32 var_69 = 2;
        wp::float32 var_70;
        wp::vec_t<3, wp::float32> var_71;
        const wp::float32 var_72 = 0.0;
        const wp::int32 var_73 = 1;
        wp::float32 var_74;
        const wp::int32 var_75 = 2;
        wp::float32 var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        const bool var_80 = true;
        const wp::int32 var_81 = 1;
        wp::float32 var_82;
        bool var_83;
        const wp::int32 var_84 = 0;
        wp::float32 var_85;
        const wp::int32 var_86 = 2;
        wp::float32 var_87;
        wp::vec_t<3, wp::float32> var_88;
        const wp::int32 var_89 = 1;
        wp::float32 var_90;
        const wp::float32 var_91 = 0.0;
        wp::float32 var_92;
        const wp::int32 var_93 = 0;
        wp::float32 var_94;
        wp::float32 var_95;
        wp::float32 var_96;
        const wp::float32 var_97 = 0.5;
        wp::float32 var_98;
        const wp::int32 var_99 = 2;
        wp::float32 var_100;
        wp::float32 var_101;
        wp::vec_t<3, wp::float32> var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::vec_t<3, wp::float32> var_104;
        const wp::int32 var_105 = 1;
        wp::vec_t<3, wp::float32> var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<3, wp::float32> var_108;
        const bool var_109 = true;
        wp::float32 var_110;
        bool var_111;
        wp::float32 var_112;
        wp::vec_t<3, wp::float32> var_113;
        wp::vec_t<3, wp::float32> var_114;
        wp::vec_t<3, wp::float32> var_115;
        wp::vec_t<3, wp::float32> var_116;
        const bool var_117 = true;
        const wp::int32 var_118 = 0;
        wp::float32 var_119;
        wp::float32 var_120;
        bool var_121;
        const wp::int32 var_122 = 0;
        wp::float32 var_123;
        const wp::float32 var_124 = -2.0;
        wp::float32 var_125;
        const wp::int32 var_126 = 1;
        wp::float32 var_127;
        const wp::int32 var_128 = 2;
        wp::float32 var_129;
        wp::vec_t<3, wp::float32> var_130;
        const wp::float32 var_131 = 0.0;
        const wp::int32 var_132 = 1;
        wp::float32 var_133;
        const wp::int32 var_134 = 2;
        wp::float32 var_135;
        wp::vec_t<3, wp::float32> var_136;
        wp::vec_t<3, wp::float32> var_137;
        wp::vec_t<3, wp::float32> var_138;
        const bool var_139 = true;
        const wp::int32 var_140 = 1;
        wp::float32 var_141;
        bool var_142;
        const wp::int32 var_143 = 0;
        wp::float32 var_144;
        const wp::int32 var_145 = 2;
        wp::float32 var_146;
        wp::vec_t<3, wp::float32> var_147;
        const wp::int32 var_148 = 1;
        wp::float32 var_149;
        const wp::float32 var_150 = 0.0;
        wp::float32 var_151;
        const wp::int32 var_152 = 0;
        wp::float32 var_153;
        wp::float32 var_154;
        wp::float32 var_155;
        const wp::float32 var_156 = 0.5;
        wp::float32 var_157;
        const wp::int32 var_158 = 2;
        wp::float32 var_159;
        wp::float32 var_160;
        wp::vec_t<3, wp::float32> var_161;
        wp::vec_t<3, wp::float32> var_162;
        wp::vec_t<3, wp::float32> var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 2;
        wp::vec_t<3, wp::float32> var_166;
        wp::vec_t<3, wp::float32> var_167;
        wp::vec_t<3, wp::float32> var_168;
        const bool var_169 = true;
        wp::float32 var_170;
        bool var_171;
        wp::float32 var_172;
        wp::vec_t<3, wp::float32> var_173;
        wp::vec_t<3, wp::float32> var_174;
        wp::vec_t<3, wp::float32> var_175;
        wp::vec_t<3, wp::float32> var_176;
        const bool var_177 = true;
        const wp::int32 var_178 = 0;
        wp::float32 var_179;
        wp::float32 var_180;
        bool var_181;
        const wp::int32 var_182 = 0;
        wp::float32 var_183;
        const wp::float32 var_184 = -2.0;
        wp::float32 var_185;
        const wp::int32 var_186 = 1;
        wp::float32 var_187;
        const wp::int32 var_188 = 2;
        wp::float32 var_189;
        wp::vec_t<3, wp::float32> var_190;
        const wp::float32 var_191 = 0.0;
        const wp::int32 var_192 = 1;
        wp::float32 var_193;
        const wp::int32 var_194 = 2;
        wp::float32 var_195;
        wp::vec_t<3, wp::float32> var_196;
        wp::vec_t<3, wp::float32> var_197;
        wp::vec_t<3, wp::float32> var_198;
        const bool var_199 = true;
        const wp::int32 var_200 = 1;
        wp::float32 var_201;
        bool var_202;
        const wp::int32 var_203 = 0;
        wp::float32 var_204;
        const wp::int32 var_205 = 2;
        wp::float32 var_206;
        wp::vec_t<3, wp::float32> var_207;
        const wp::int32 var_208 = 1;
        wp::float32 var_209;
        const wp::float32 var_210 = 0.0;
        wp::float32 var_211;
        const wp::int32 var_212 = 0;
        wp::float32 var_213;
        wp::float32 var_214;
        wp::float32 var_215;
        const wp::float32 var_216 = 0.5;
        wp::float32 var_217;
        const wp::int32 var_218 = 2;
        wp::float32 var_219;
        wp::float32 var_220;
        wp::vec_t<3, wp::float32> var_221;
        wp::vec_t<3, wp::float32> var_222;
        wp::vec_t<3, wp::float32> var_223;
        wp::float32 var_224;
        const wp::int32 var_225 = 3;
        wp::vec_t<3, wp::float32> var_226;
        wp::vec_t<3, wp::float32> var_227;
        wp::vec_t<3, wp::float32> var_228;
        const bool var_229 = true;
        wp::float32 var_230;
        bool var_231;
        wp::float32 var_232;
        wp::vec_t<3, wp::float32> var_233;
        wp::vec_t<3, wp::float32> var_234;
        wp::vec_t<3, wp::float32> var_235;
        wp::vec_t<3, wp::float32> var_236;
        const bool var_237 = true;
        const wp::int32 var_238 = 0;
        wp::float32 var_239;
        wp::float32 var_240;
        bool var_241;
        const wp::int32 var_242 = 0;
        wp::float32 var_243;
        const wp::float32 var_244 = -2.0;
        wp::float32 var_245;
        const wp::int32 var_246 = 1;
        wp::float32 var_247;
        const wp::int32 var_248 = 2;
        wp::float32 var_249;
        wp::vec_t<3, wp::float32> var_250;
        const wp::float32 var_251 = 0.0;
        const wp::int32 var_252 = 1;
        wp::float32 var_253;
        const wp::int32 var_254 = 2;
        wp::float32 var_255;
        wp::vec_t<3, wp::float32> var_256;
        wp::vec_t<3, wp::float32> var_257;
        wp::vec_t<3, wp::float32> var_258;
        const bool var_259 = true;
        const wp::int32 var_260 = 1;
        wp::float32 var_261;
        bool var_262;
        const wp::int32 var_263 = 0;
        wp::float32 var_264;
        const wp::int32 var_265 = 2;
        wp::float32 var_266;
        wp::vec_t<3, wp::float32> var_267;
        const wp::int32 var_268 = 1;
        wp::float32 var_269;
        const wp::float32 var_270 = 0.0;
        wp::float32 var_271;
        const wp::int32 var_272 = 0;
        wp::float32 var_273;
        wp::float32 var_274;
        wp::float32 var_275;
        const wp::float32 var_276 = 0.5;
        wp::float32 var_277;
        const wp::int32 var_278 = 2;
        wp::float32 var_279;
        wp::float32 var_280;
        wp::vec_t<3, wp::float32> var_281;
        wp::vec_t<3, wp::float32> var_282;
        wp::vec_t<3, wp::float32> var_283;
        wp::float32 var_284;
        const wp::int32 var_285 = 0;
        wp::int32* var_286;
        wp::int32 var_287;
        wp::int32 var_288;
        const wp::int32 var_289 = 4;
        wp::int32 var_290;
        const wp::int32 var_291 = 0;
        bool var_292;
        wp::int32 var_293;
        const wp::int32 var_294 = 16;
        wp::int32 var_295;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        bool adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        bool adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        bool adj_51 = {};
        wp::float32 adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        bool adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        bool adj_62 = {};
        wp::int32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::vec_t<3, wp::float32> adj_71 = {};
        wp::float32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::vec_t<3, wp::float32> adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        bool adj_80 = {};
        wp::int32 adj_81 = {};
        wp::float32 adj_82 = {};
        bool adj_83 = {};
        wp::int32 adj_84 = {};
        wp::float32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        wp::int32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::float32 adj_101 = {};
        wp::vec_t<3, wp::float32> adj_102 = {};
        wp::vec_t<3, wp::float32> adj_103 = {};
        wp::vec_t<3, wp::float32> adj_104 = {};
        wp::int32 adj_105 = {};
        wp::vec_t<3, wp::float32> adj_106 = {};
        wp::vec_t<3, wp::float32> adj_107 = {};
        wp::vec_t<3, wp::float32> adj_108 = {};
        bool adj_109 = {};
        wp::float32 adj_110 = {};
        bool adj_111 = {};
        wp::float32 adj_112 = {};
        wp::vec_t<3, wp::float32> adj_113 = {};
        wp::vec_t<3, wp::float32> adj_114 = {};
        wp::vec_t<3, wp::float32> adj_115 = {};
        wp::vec_t<3, wp::float32> adj_116 = {};
        bool adj_117 = {};
        wp::int32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        bool adj_121 = {};
        wp::int32 adj_122 = {};
        wp::float32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::int32 adj_126 = {};
        wp::float32 adj_127 = {};
        wp::int32 adj_128 = {};
        wp::float32 adj_129 = {};
        wp::vec_t<3, wp::float32> adj_130 = {};
        wp::float32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::float32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::float32 adj_135 = {};
        wp::vec_t<3, wp::float32> adj_136 = {};
        wp::vec_t<3, wp::float32> adj_137 = {};
        wp::vec_t<3, wp::float32> adj_138 = {};
        bool adj_139 = {};
        wp::int32 adj_140 = {};
        wp::float32 adj_141 = {};
        bool adj_142 = {};
        wp::int32 adj_143 = {};
        wp::float32 adj_144 = {};
        wp::int32 adj_145 = {};
        wp::float32 adj_146 = {};
        wp::vec_t<3, wp::float32> adj_147 = {};
        wp::int32 adj_148 = {};
        wp::float32 adj_149 = {};
        wp::float32 adj_150 = {};
        wp::float32 adj_151 = {};
        wp::int32 adj_152 = {};
        wp::float32 adj_153 = {};
        wp::float32 adj_154 = {};
        wp::float32 adj_155 = {};
        wp::float32 adj_156 = {};
        wp::float32 adj_157 = {};
        wp::int32 adj_158 = {};
        wp::float32 adj_159 = {};
        wp::float32 adj_160 = {};
        wp::vec_t<3, wp::float32> adj_161 = {};
        wp::vec_t<3, wp::float32> adj_162 = {};
        wp::vec_t<3, wp::float32> adj_163 = {};
        wp::float32 adj_164 = {};
        wp::int32 adj_165 = {};
        wp::vec_t<3, wp::float32> adj_166 = {};
        wp::vec_t<3, wp::float32> adj_167 = {};
        wp::vec_t<3, wp::float32> adj_168 = {};
        bool adj_169 = {};
        wp::float32 adj_170 = {};
        bool adj_171 = {};
        wp::float32 adj_172 = {};
        wp::vec_t<3, wp::float32> adj_173 = {};
        wp::vec_t<3, wp::float32> adj_174 = {};
        wp::vec_t<3, wp::float32> adj_175 = {};
        wp::vec_t<3, wp::float32> adj_176 = {};
        bool adj_177 = {};
        wp::int32 adj_178 = {};
        wp::float32 adj_179 = {};
        wp::float32 adj_180 = {};
        bool adj_181 = {};
        wp::int32 adj_182 = {};
        wp::float32 adj_183 = {};
        wp::float32 adj_184 = {};
        wp::float32 adj_185 = {};
        wp::int32 adj_186 = {};
        wp::float32 adj_187 = {};
        wp::int32 adj_188 = {};
        wp::float32 adj_189 = {};
        wp::vec_t<3, wp::float32> adj_190 = {};
        wp::float32 adj_191 = {};
        wp::int32 adj_192 = {};
        wp::float32 adj_193 = {};
        wp::int32 adj_194 = {};
        wp::float32 adj_195 = {};
        wp::vec_t<3, wp::float32> adj_196 = {};
        wp::vec_t<3, wp::float32> adj_197 = {};
        wp::vec_t<3, wp::float32> adj_198 = {};
        bool adj_199 = {};
        wp::int32 adj_200 = {};
        wp::float32 adj_201 = {};
        bool adj_202 = {};
        wp::int32 adj_203 = {};
        wp::float32 adj_204 = {};
        wp::int32 adj_205 = {};
        wp::float32 adj_206 = {};
        wp::vec_t<3, wp::float32> adj_207 = {};
        wp::int32 adj_208 = {};
        wp::float32 adj_209 = {};
        wp::float32 adj_210 = {};
        wp::float32 adj_211 = {};
        wp::int32 adj_212 = {};
        wp::float32 adj_213 = {};
        wp::float32 adj_214 = {};
        wp::float32 adj_215 = {};
        wp::float32 adj_216 = {};
        wp::float32 adj_217 = {};
        wp::int32 adj_218 = {};
        wp::float32 adj_219 = {};
        wp::float32 adj_220 = {};
        wp::vec_t<3, wp::float32> adj_221 = {};
        wp::vec_t<3, wp::float32> adj_222 = {};
        wp::vec_t<3, wp::float32> adj_223 = {};
        wp::float32 adj_224 = {};
        wp::int32 adj_225 = {};
        wp::vec_t<3, wp::float32> adj_226 = {};
        wp::vec_t<3, wp::float32> adj_227 = {};
        wp::vec_t<3, wp::float32> adj_228 = {};
        bool adj_229 = {};
        wp::float32 adj_230 = {};
        bool adj_231 = {};
        wp::float32 adj_232 = {};
        wp::vec_t<3, wp::float32> adj_233 = {};
        wp::vec_t<3, wp::float32> adj_234 = {};
        wp::vec_t<3, wp::float32> adj_235 = {};
        wp::vec_t<3, wp::float32> adj_236 = {};
        bool adj_237 = {};
        wp::int32 adj_238 = {};
        wp::float32 adj_239 = {};
        wp::float32 adj_240 = {};
        bool adj_241 = {};
        wp::int32 adj_242 = {};
        wp::float32 adj_243 = {};
        wp::float32 adj_244 = {};
        wp::float32 adj_245 = {};
        wp::int32 adj_246 = {};
        wp::float32 adj_247 = {};
        wp::int32 adj_248 = {};
        wp::float32 adj_249 = {};
        wp::vec_t<3, wp::float32> adj_250 = {};
        wp::float32 adj_251 = {};
        wp::int32 adj_252 = {};
        wp::float32 adj_253 = {};
        wp::int32 adj_254 = {};
        wp::float32 adj_255 = {};
        wp::vec_t<3, wp::float32> adj_256 = {};
        wp::vec_t<3, wp::float32> adj_257 = {};
        wp::vec_t<3, wp::float32> adj_258 = {};
        bool adj_259 = {};
        wp::int32 adj_260 = {};
        wp::float32 adj_261 = {};
        bool adj_262 = {};
        wp::int32 adj_263 = {};
        wp::float32 adj_264 = {};
        wp::int32 adj_265 = {};
        wp::float32 adj_266 = {};
        wp::vec_t<3, wp::float32> adj_267 = {};
        wp::int32 adj_268 = {};
        wp::float32 adj_269 = {};
        wp::float32 adj_270 = {};
        wp::float32 adj_271 = {};
        wp::int32 adj_272 = {};
        wp::float32 adj_273 = {};
        wp::float32 adj_274 = {};
        wp::float32 adj_275 = {};
        wp::float32 adj_276 = {};
        wp::float32 adj_277 = {};
        wp::int32 adj_278 = {};
        wp::float32 adj_279 = {};
        wp::float32 adj_280 = {};
        wp::vec_t<3, wp::float32> adj_281 = {};
        wp::vec_t<3, wp::float32> adj_282 = {};
        wp::vec_t<3, wp::float32> adj_283 = {};
        wp::float32 adj_284 = {};
        wp::int32 adj_285 = {};
        wp::int32 adj_286 = {};
        wp::int32 adj_287 = {};
        wp::int32 adj_288 = {};
        wp::int32 adj_289 = {};
        wp::int32 adj_290 = {};
        wp::int32 adj_291 = {};
        bool adj_292 = {};
        wp::int32 adj_293 = {};
        wp::int32 adj_294 = {};
        wp::int32 adj_295 = {};
        //---------
        // forward
        // def substep_particles(                                                                 <L 34>
        // tid = wp.tid()                                                                         <L 50>
        var_0 = builtin_tid1d();
        // world = tid // world_particle_count                                                    <L 51>
        var_1 = wp::floordiv(var_0, var_world_particle_count);
        // if tid >= x.shape[0]:                                                                  <L 52>
        var_2 = &(var_x.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = (var_0 >= var_4);
        if (var_6) {
            // return                                                                             <L 53>
            goto label0;
        }
        // if (particle_flags[tid] & PARTICLE_FLAG_ACTIVE) == 0:                                  <L 54>
        var_7 = wp::address(var_particle_flags, var_0);
        var_10 = wp::load(var_7);
        var_9 = wp::bit_and(var_10, var_8);
        var_12 = (var_9 == var_11);
        if (var_12) {
            // return                                                                             <L 55>
            goto label1;
        }
        // x_i = x[tid]                                                                           <L 56>
        var_13 = wp::address(var_x, var_0);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // v_i = particle_v[tid]                                                                  <L 57>
        var_16 = wp::address(var_particle_v, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // w = inv_mass[tid]                                                                      <L 58>
        var_19 = wp::address(var_inv_mass, var_0);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // a = world_gravity[world]                                                               <L 59>
        var_22 = wp::address(var_world_gravity, var_1);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // if w == 0.0:                                                                           <L 60>
        var_26 = (var_20 == var_25);
        if (var_26) {
            // a = wp.vec3(0.0, 0.0, 0.0)                                                         <L 61>
            var_30 = wp::vec_t<3, wp::float32>(var_27, var_28, var_29);
        }
        var_31 = wp::where(var_26, var_30, var_23);
        // damp = wp.max(1.0 - world_drag[world] * dt, 0.0)                                       <L 62>
        var_33 = wp::address(var_world_drag, var_1);
        var_35 = wp::load(var_33);
        var_34 = wp::mul(var_35, var_dt);
        var_36 = wp::sub(var_32, var_34);
        var_38 = wp::max(var_36, var_37);
        // if wp.static(ground):                                                                  <L 63>
        // slip = 1.0 - shape_mu[tid]                                                             <L 64>
        var_41 = wp::address(var_shape_mu, var_0);
        var_43 = wp::load(var_41);
        var_42 = wp::sub(var_40, var_43);
        // for _s in range(SUBSTEPS):                                                             <L 65>
        // v_i = (v_i + a * dt) * damp                                                            <L 66>
        var_45 = wp::mul(var_31, var_dt);
        var_46 = wp::add(var_17, var_45);
        var_47 = wp::mul(var_46, var_38);
        // if wp.static(max_speed > 0.0):                                                         <L 67>
        // speed = wp.length(v_i)                                                                 <L 68>
        var_49 = wp::length(var_47);
        // if speed > max_speed:                                                                  <L 69>
        var_51 = (var_49 > var_50);
        if (var_51) {
            // v_i = v_i * (max_speed / speed)                                                    <L 70>
            var_52 = wp::div(var_50, var_49);
            var_53 = wp::mul(var_47, var_52);
        }
        var_54 = wp::where(var_51, var_53, var_47);
        // x_i = x_i + v_i * dt                                                                   <L 71>
        var_55 = wp::mul(var_54, var_dt);
        var_56 = wp::add(var_14, var_55);
        // if wp.static(half_width > 0.0):                                                        <L 72>
        // if wp.abs(x_i[0]) > half_width:                                                        <L 73>
        var_59 = wp::extract(var_56, var_58);
        var_60 = wp::abs(var_59);
        var_62 = (var_60 > var_61);
        if (var_62) {
            // x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])           <L 74>
            var_64 = wp::extract(var_56, var_63);
            var_66 = wp::clamp(var_64, var_65, var_61);
            var_68 = wp::extract(var_56, var_67);
            var_70 = wp::extract(var_56, var_69);
            var_71 = wp::vec_t<3, wp::float32>(var_66, var_68, var_70);
            // v_i = wp.vec3(0.0, v_i[1], v_i[2])                                                 <L 75>
            var_74 = wp::extract(var_54, var_73);
            var_76 = wp::extract(var_54, var_75);
            var_77 = wp::vec_t<3, wp::float32>(var_72, var_74, var_76);
        }
        var_78 = wp::where(var_62, var_71, var_56);
        var_79 = wp::where(var_62, var_77, var_54);
        // if wp.static(ground):                                                                  <L 76>
        // if x_i[1] < particle_radius:                                                           <L 77>
        var_82 = wp::extract(var_78, var_81);
        var_83 = (var_82 < var_particle_radius);
        if (var_83) {
            // x_i = wp.vec3(x_i[0], particle_radius, x_i[2])                                     <L 78>
            var_85 = wp::extract(var_78, var_84);
            var_87 = wp::extract(var_78, var_86);
            var_88 = wp::vec_t<3, wp::float32>(var_85, var_particle_radius, var_87);
            // vn = wp.min(v_i[1], 0.0)                                                           <L 79>
            var_90 = wp::extract(var_79, var_89);
            var_92 = wp::min(var_90, var_91);
            // v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)                             <L 80>
            var_94 = wp::extract(var_79, var_93);
            var_95 = wp::mul(var_94, var_42);
            var_96 = wp::neg(var_92);
            var_98 = wp::mul(var_96, var_97);
            var_100 = wp::extract(var_79, var_99);
            var_101 = wp::mul(var_100, var_42);
            var_102 = wp::vec_t<3, wp::float32>(var_95, var_98, var_101);
        }
        var_103 = wp::where(var_83, var_88, var_78);
        var_104 = wp::where(var_83, var_102, var_79);
        // v_i = (v_i + a * dt) * damp                                                            <L 66>
        var_106 = wp::mul(var_31, var_dt);
        var_107 = wp::add(var_104, var_106);
        var_108 = wp::mul(var_107, var_38);
        // if wp.static(max_speed > 0.0):                                                         <L 67>
        // speed = wp.length(v_i)                                                                 <L 68>
        var_110 = wp::length(var_108);
        // if speed > max_speed:                                                                  <L 69>
        var_111 = (var_110 > var_50);
        if (var_111) {
            // v_i = v_i * (max_speed / speed)                                                    <L 70>
            var_112 = wp::div(var_50, var_110);
            var_113 = wp::mul(var_108, var_112);
        }
        var_114 = wp::where(var_111, var_113, var_108);
        // x_i = x_i + v_i * dt                                                                   <L 71>
        var_115 = wp::mul(var_114, var_dt);
        var_116 = wp::add(var_103, var_115);
        // if wp.static(half_width > 0.0):                                                        <L 72>
        // if wp.abs(x_i[0]) > half_width:                                                        <L 73>
        var_119 = wp::extract(var_116, var_118);
        var_120 = wp::abs(var_119);
        var_121 = (var_120 > var_61);
        if (var_121) {
            // x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])           <L 74>
            var_123 = wp::extract(var_116, var_122);
            var_125 = wp::clamp(var_123, var_124, var_61);
            var_127 = wp::extract(var_116, var_126);
            var_129 = wp::extract(var_116, var_128);
            var_130 = wp::vec_t<3, wp::float32>(var_125, var_127, var_129);
            // v_i = wp.vec3(0.0, v_i[1], v_i[2])                                                 <L 75>
            var_133 = wp::extract(var_114, var_132);
            var_135 = wp::extract(var_114, var_134);
            var_136 = wp::vec_t<3, wp::float32>(var_131, var_133, var_135);
        }
        var_137 = wp::where(var_121, var_130, var_116);
        var_138 = wp::where(var_121, var_136, var_114);
        // if wp.static(ground):                                                                  <L 76>
        // if x_i[1] < particle_radius:                                                           <L 77>
        var_141 = wp::extract(var_137, var_140);
        var_142 = (var_141 < var_particle_radius);
        if (var_142) {
            // x_i = wp.vec3(x_i[0], particle_radius, x_i[2])                                     <L 78>
            var_144 = wp::extract(var_137, var_143);
            var_146 = wp::extract(var_137, var_145);
            var_147 = wp::vec_t<3, wp::float32>(var_144, var_particle_radius, var_146);
            // vn = wp.min(v_i[1], 0.0)                                                           <L 79>
            var_149 = wp::extract(var_138, var_148);
            var_151 = wp::min(var_149, var_150);
            // v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)                             <L 80>
            var_153 = wp::extract(var_138, var_152);
            var_154 = wp::mul(var_153, var_42);
            var_155 = wp::neg(var_151);
            var_157 = wp::mul(var_155, var_156);
            var_159 = wp::extract(var_138, var_158);
            var_160 = wp::mul(var_159, var_42);
            var_161 = wp::vec_t<3, wp::float32>(var_154, var_157, var_160);
        }
        var_162 = wp::where(var_142, var_147, var_137);
        var_163 = wp::where(var_142, var_161, var_138);
        var_164 = wp::where(var_142, var_151, var_92);
        // v_i = (v_i + a * dt) * damp                                                            <L 66>
        var_166 = wp::mul(var_31, var_dt);
        var_167 = wp::add(var_163, var_166);
        var_168 = wp::mul(var_167, var_38);
        // if wp.static(max_speed > 0.0):                                                         <L 67>
        // speed = wp.length(v_i)                                                                 <L 68>
        var_170 = wp::length(var_168);
        // if speed > max_speed:                                                                  <L 69>
        var_171 = (var_170 > var_50);
        if (var_171) {
            // v_i = v_i * (max_speed / speed)                                                    <L 70>
            var_172 = wp::div(var_50, var_170);
            var_173 = wp::mul(var_168, var_172);
        }
        var_174 = wp::where(var_171, var_173, var_168);
        // x_i = x_i + v_i * dt                                                                   <L 71>
        var_175 = wp::mul(var_174, var_dt);
        var_176 = wp::add(var_162, var_175);
        // if wp.static(half_width > 0.0):                                                        <L 72>
        // if wp.abs(x_i[0]) > half_width:                                                        <L 73>
        var_179 = wp::extract(var_176, var_178);
        var_180 = wp::abs(var_179);
        var_181 = (var_180 > var_61);
        if (var_181) {
            // x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])           <L 74>
            var_183 = wp::extract(var_176, var_182);
            var_185 = wp::clamp(var_183, var_184, var_61);
            var_187 = wp::extract(var_176, var_186);
            var_189 = wp::extract(var_176, var_188);
            var_190 = wp::vec_t<3, wp::float32>(var_185, var_187, var_189);
            // v_i = wp.vec3(0.0, v_i[1], v_i[2])                                                 <L 75>
            var_193 = wp::extract(var_174, var_192);
            var_195 = wp::extract(var_174, var_194);
            var_196 = wp::vec_t<3, wp::float32>(var_191, var_193, var_195);
        }
        var_197 = wp::where(var_181, var_190, var_176);
        var_198 = wp::where(var_181, var_196, var_174);
        // if wp.static(ground):                                                                  <L 76>
        // if x_i[1] < particle_radius:                                                           <L 77>
        var_201 = wp::extract(var_197, var_200);
        var_202 = (var_201 < var_particle_radius);
        if (var_202) {
            // x_i = wp.vec3(x_i[0], particle_radius, x_i[2])                                     <L 78>
            var_204 = wp::extract(var_197, var_203);
            var_206 = wp::extract(var_197, var_205);
            var_207 = wp::vec_t<3, wp::float32>(var_204, var_particle_radius, var_206);
            // vn = wp.min(v_i[1], 0.0)                                                           <L 79>
            var_209 = wp::extract(var_198, var_208);
            var_211 = wp::min(var_209, var_210);
            // v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)                             <L 80>
            var_213 = wp::extract(var_198, var_212);
            var_214 = wp::mul(var_213, var_42);
            var_215 = wp::neg(var_211);
            var_217 = wp::mul(var_215, var_216);
            var_219 = wp::extract(var_198, var_218);
            var_220 = wp::mul(var_219, var_42);
            var_221 = wp::vec_t<3, wp::float32>(var_214, var_217, var_220);
        }
        var_222 = wp::where(var_202, var_207, var_197);
        var_223 = wp::where(var_202, var_221, var_198);
        var_224 = wp::where(var_202, var_211, var_164);
        // v_i = (v_i + a * dt) * damp                                                            <L 66>
        var_226 = wp::mul(var_31, var_dt);
        var_227 = wp::add(var_223, var_226);
        var_228 = wp::mul(var_227, var_38);
        // if wp.static(max_speed > 0.0):                                                         <L 67>
        // speed = wp.length(v_i)                                                                 <L 68>
        var_230 = wp::length(var_228);
        // if speed > max_speed:                                                                  <L 69>
        var_231 = (var_230 > var_50);
        if (var_231) {
            // v_i = v_i * (max_speed / speed)                                                    <L 70>
            var_232 = wp::div(var_50, var_230);
            var_233 = wp::mul(var_228, var_232);
        }
        var_234 = wp::where(var_231, var_233, var_228);
        // x_i = x_i + v_i * dt                                                                   <L 71>
        var_235 = wp::mul(var_234, var_dt);
        var_236 = wp::add(var_222, var_235);
        // if wp.static(half_width > 0.0):                                                        <L 72>
        // if wp.abs(x_i[0]) > half_width:                                                        <L 73>
        var_239 = wp::extract(var_236, var_238);
        var_240 = wp::abs(var_239);
        var_241 = (var_240 > var_61);
        if (var_241) {
            // x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])           <L 74>
            var_243 = wp::extract(var_236, var_242);
            var_245 = wp::clamp(var_243, var_244, var_61);
            var_247 = wp::extract(var_236, var_246);
            var_249 = wp::extract(var_236, var_248);
            var_250 = wp::vec_t<3, wp::float32>(var_245, var_247, var_249);
            // v_i = wp.vec3(0.0, v_i[1], v_i[2])                                                 <L 75>
            var_253 = wp::extract(var_234, var_252);
            var_255 = wp::extract(var_234, var_254);
            var_256 = wp::vec_t<3, wp::float32>(var_251, var_253, var_255);
        }
        var_257 = wp::where(var_241, var_250, var_236);
        var_258 = wp::where(var_241, var_256, var_234);
        // if wp.static(ground):                                                                  <L 76>
        // if x_i[1] < particle_radius:                                                           <L 77>
        var_261 = wp::extract(var_257, var_260);
        var_262 = (var_261 < var_particle_radius);
        if (var_262) {
            // x_i = wp.vec3(x_i[0], particle_radius, x_i[2])                                     <L 78>
            var_264 = wp::extract(var_257, var_263);
            var_266 = wp::extract(var_257, var_265);
            var_267 = wp::vec_t<3, wp::float32>(var_264, var_particle_radius, var_266);
            // vn = wp.min(v_i[1], 0.0)                                                           <L 79>
            var_269 = wp::extract(var_258, var_268);
            var_271 = wp::min(var_269, var_270);
            // v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)                             <L 80>
            var_273 = wp::extract(var_258, var_272);
            var_274 = wp::mul(var_273, var_42);
            var_275 = wp::neg(var_271);
            var_277 = wp::mul(var_275, var_276);
            var_279 = wp::extract(var_258, var_278);
            var_280 = wp::mul(var_279, var_42);
            var_281 = wp::vec_t<3, wp::float32>(var_274, var_277, var_280);
        }
        var_282 = wp::where(var_262, var_267, var_257);
        var_283 = wp::where(var_262, var_281, var_258);
        var_284 = wp::where(var_262, var_271, var_224);
        // x_out[tid] = x_i                                                                       <L 81>
        // wp::array_store(var_x_out, var_0, var_282);
        // v_out[tid] = v_i                                                                       <L 82>
        // wp::array_store(var_v_out, var_0, var_283);
        // frame = sim_frame[0]                                                                   <L 83>
        var_286 = wp::address(var_sim_frame, var_285);
        var_288 = wp::load(var_286);
        var_287 = wp::copy(var_288);
        // if frame % record_every != 0:                                                          <L 84>
        var_290 = wp::mod(var_287, var_289);
        var_292 = (var_290 != var_291);
        if (var_292) {
            // return                                                                             <L 85>
            goto label2;
        }
        // slot = (frame // record_every) % history                                               <L 86>
        var_293 = wp::floordiv(var_287, var_289);
        var_295 = wp::mod(var_293, var_294);
        // trajectory[slot, tid] = x_i                                                            <L 87>
        // wp::array_store(var_trajectory, var_295, var_0, var_282);
        //---------
        // reverse
        wp::adj_array_store(var_trajectory, var_295, var_0, var_282, adj_trajectory, adj_295, adj_0, adj_282);
        // adj: trajectory[slot, tid] = x_i                                                       <L 87>
        wp::adj_mod(var_293, var_294, adj_293, adj_294, adj_295);
        // adj: slot = (frame // record_every) % history                                          <L 86>
        if (var_292) {
            label2:;
            // adj: return                                                                        <L 85>
        }
        wp::adj_mod(var_287, var_289, adj_287, adj_289, adj_290);
        // adj: if frame % record_every != 0:                                                     <L 84>
        wp::adj_copy(var_288, adj_286, adj_287);
        wp::adj_address(var_sim_frame, var_285, adj_sim_frame, adj_285, adj_286);
        // adj: frame = sim_frame[0]                                                              <L 83>
        wp::adj_array_store(var_v_out, var_0, var_283, adj_v_out, adj_0, adj_283);
        // adj: v_out[tid] = v_i                                                                  <L 82>
        wp::adj_array_store(var_x_out, var_0, var_282, adj_x_out, adj_0, adj_282);
        // adj: x_out[tid] = x_i                                                                  <L 81>
        wp::adj_where(var_262, var_271, var_224, adj_262, adj_271, adj_224, adj_284);
        wp::adj_where(var_262, var_281, var_258, adj_262, adj_281, adj_258, adj_283);
        wp::adj_where(var_262, var_267, var_257, adj_262, adj_267, adj_257, adj_282);
        if (var_262) {
            wp::adj_vec_t(var_274, var_277, var_280, adj_274, adj_277, adj_280, adj_281);
            wp::adj_mul(var_279, var_42, adj_279, adj_42, adj_280);
            wp::adj_extract(var_258, var_278, adj_258, adj_278, adj_279);
            wp::adj_mul(var_275, var_276, adj_275, adj_276, adj_277);
            wp::adj_neg(var_271, adj_271, adj_275);
            wp::adj_mul(var_273, var_42, adj_273, adj_42, adj_274);
            wp::adj_extract(var_258, var_272, adj_258, adj_272, adj_273);
            // adj: v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)                        <L 80>
            wp::adj_min(var_269, var_270, adj_269, adj_270, adj_271);
            wp::adj_extract(var_258, var_268, adj_258, adj_268, adj_269);
            // adj: vn = wp.min(v_i[1], 0.0)                                                      <L 79>
            wp::adj_vec_t(var_264, var_particle_radius, var_266, adj_264, adj_particle_radius, adj_266, adj_267);
            wp::adj_extract(var_257, var_265, adj_257, adj_265, adj_266);
            wp::adj_extract(var_257, var_263, adj_257, adj_263, adj_264);
            // adj: x_i = wp.vec3(x_i[0], particle_radius, x_i[2])                                <L 78>
        }
        wp::adj_extract(var_257, var_260, adj_257, adj_260, adj_261);
        // adj: if x_i[1] < particle_radius:                                                      <L 77>
        // adj: if wp.static(ground):                                                             <L 76>
        wp::adj_where(var_241, var_256, var_234, adj_241, adj_256, adj_234, adj_258);
        wp::adj_where(var_241, var_250, var_236, adj_241, adj_250, adj_236, adj_257);
        if (var_241) {
            wp::adj_vec_t(var_251, var_253, var_255, adj_251, adj_253, adj_255, adj_256);
            wp::adj_extract(var_234, var_254, adj_234, adj_254, adj_255);
            wp::adj_extract(var_234, var_252, adj_234, adj_252, adj_253);
            // adj: v_i = wp.vec3(0.0, v_i[1], v_i[2])                                            <L 75>
            wp::adj_vec_t(var_245, var_247, var_249, adj_245, adj_247, adj_249, adj_250);
            wp::adj_extract(var_236, var_248, adj_236, adj_248, adj_249);
            wp::adj_extract(var_236, var_246, adj_236, adj_246, adj_247);
            wp::adj_clamp(var_243, var_244, var_61, adj_243, adj_244, adj_61, adj_245);
            wp::adj_extract(var_236, var_242, adj_236, adj_242, adj_243);
            // adj: x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])      <L 74>
        }
        wp::adj_abs(var_239, adj_239, adj_240);
        wp::adj_extract(var_236, var_238, adj_236, adj_238, adj_239);
        // adj: if wp.abs(x_i[0]) > half_width:                                                   <L 73>
        // adj: if wp.static(half_width > 0.0):                                                   <L 72>
        wp::adj_add(var_222, var_235, adj_222, adj_235, adj_236);
        wp::adj_mul(var_234, var_dt, adj_234, adj_dt, adj_235);
        // adj: x_i = x_i + v_i * dt                                                              <L 71>
        wp::adj_where(var_231, var_233, var_228, adj_231, adj_233, adj_228, adj_234);
        if (var_231) {
            wp::adj_mul(var_228, var_232, adj_228, adj_232, adj_233);
            wp::adj_div(var_50, var_230, var_232, adj_50, adj_230, adj_232);
            // adj: v_i = v_i * (max_speed / speed)                                               <L 70>
        }
        // adj: if speed > max_speed:                                                             <L 69>
        wp::adj_length(var_228, var_230, adj_228, adj_230);
        // adj: speed = wp.length(v_i)                                                            <L 68>
        // adj: if wp.static(max_speed > 0.0):                                                    <L 67>
        wp::adj_mul(var_227, var_38, adj_227, adj_38, adj_228);
        wp::adj_add(var_223, var_226, adj_223, adj_226, adj_227);
        wp::adj_mul(var_31, var_dt, adj_31, adj_dt, adj_226);
        // adj: v_i = (v_i + a * dt) * damp                                                       <L 66>
        wp::adj_where(var_202, var_211, var_164, adj_202, adj_211, adj_164, adj_224);
        wp::adj_where(var_202, var_221, var_198, adj_202, adj_221, adj_198, adj_223);
        wp::adj_where(var_202, var_207, var_197, adj_202, adj_207, adj_197, adj_222);
        if (var_202) {
            wp::adj_vec_t(var_214, var_217, var_220, adj_214, adj_217, adj_220, adj_221);
            wp::adj_mul(var_219, var_42, adj_219, adj_42, adj_220);
            wp::adj_extract(var_198, var_218, adj_198, adj_218, adj_219);
            wp::adj_mul(var_215, var_216, adj_215, adj_216, adj_217);
            wp::adj_neg(var_211, adj_211, adj_215);
            wp::adj_mul(var_213, var_42, adj_213, adj_42, adj_214);
            wp::adj_extract(var_198, var_212, adj_198, adj_212, adj_213);
            // adj: v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)                        <L 80>
            wp::adj_min(var_209, var_210, adj_209, adj_210, adj_211);
            wp::adj_extract(var_198, var_208, adj_198, adj_208, adj_209);
            // adj: vn = wp.min(v_i[1], 0.0)                                                      <L 79>
            wp::adj_vec_t(var_204, var_particle_radius, var_206, adj_204, adj_particle_radius, adj_206, adj_207);
            wp::adj_extract(var_197, var_205, adj_197, adj_205, adj_206);
            wp::adj_extract(var_197, var_203, adj_197, adj_203, adj_204);
            // adj: x_i = wp.vec3(x_i[0], particle_radius, x_i[2])                                <L 78>
        }
        wp::adj_extract(var_197, var_200, adj_197, adj_200, adj_201);
        // adj: if x_i[1] < particle_radius:                                                      <L 77>
        // adj: if wp.static(ground):                                                             <L 76>
        wp::adj_where(var_181, var_196, var_174, adj_181, adj_196, adj_174, adj_198);
        wp::adj_where(var_181, var_190, var_176, adj_181, adj_190, adj_176, adj_197);
        if (var_181) {
            wp::adj_vec_t(var_191, var_193, var_195, adj_191, adj_193, adj_195, adj_196);
            wp::adj_extract(var_174, var_194, adj_174, adj_194, adj_195);
            wp::adj_extract(var_174, var_192, adj_174, adj_192, adj_193);
            // adj: v_i = wp.vec3(0.0, v_i[1], v_i[2])                                            <L 75>
            wp::adj_vec_t(var_185, var_187, var_189, adj_185, adj_187, adj_189, adj_190);
            wp::adj_extract(var_176, var_188, adj_176, adj_188, adj_189);
            wp::adj_extract(var_176, var_186, adj_176, adj_186, adj_187);
            wp::adj_clamp(var_183, var_184, var_61, adj_183, adj_184, adj_61, adj_185);
            wp::adj_extract(var_176, var_182, adj_176, adj_182, adj_183);
            // adj: x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])      <L 74>
        }
        wp::adj_abs(var_179, adj_179, adj_180);
        wp::adj_extract(var_176, var_178, adj_176, adj_178, adj_179);
        // adj: if wp.abs(x_i[0]) > half_width:                                                   <L 73>
        // adj: if wp.static(half_width > 0.0):                                                   <L 72>
        wp::adj_add(var_162, var_175, adj_162, adj_175, adj_176);
        wp::adj_mul(var_174, var_dt, adj_174, adj_dt, adj_175);
        // adj: x_i = x_i + v_i * dt                                                              <L 71>
        wp::adj_where(var_171, var_173, var_168, adj_171, adj_173, adj_168, adj_174);
        if (var_171) {
            wp::adj_mul(var_168, var_172, adj_168, adj_172, adj_173);
            wp::adj_div(var_50, var_170, var_172, adj_50, adj_170, adj_172);
            // adj: v_i = v_i * (max_speed / speed)                                               <L 70>
        }
        // adj: if speed > max_speed:                                                             <L 69>
        wp::adj_length(var_168, var_170, adj_168, adj_170);
        // adj: speed = wp.length(v_i)                                                            <L 68>
        // adj: if wp.static(max_speed > 0.0):                                                    <L 67>
        wp::adj_mul(var_167, var_38, adj_167, adj_38, adj_168);
        wp::adj_add(var_163, var_166, adj_163, adj_166, adj_167);
        wp::adj_mul(var_31, var_dt, adj_31, adj_dt, adj_166);
        // adj: v_i = (v_i + a * dt) * damp                                                       <L 66>
        wp::adj_where(var_142, var_151, var_92, adj_142, adj_151, adj_92, adj_164);
        wp::adj_where(var_142, var_161, var_138, adj_142, adj_161, adj_138, adj_163);
        wp::adj_where(var_142, var_147, var_137, adj_142, adj_147, adj_137, adj_162);
        if (var_142) {
            wp::adj_vec_t(var_154, var_157, var_160, adj_154, adj_157, adj_160, adj_161);
            wp::adj_mul(var_159, var_42, adj_159, adj_42, adj_160);
            wp::adj_extract(var_138, var_158, adj_138, adj_158, adj_159);
            wp::adj_mul(var_155, var_156, adj_155, adj_156, adj_157);
            wp::adj_neg(var_151, adj_151, adj_155);
            wp::adj_mul(var_153, var_42, adj_153, adj_42, adj_154);
            wp::adj_extract(var_138, var_152, adj_138, adj_152, adj_153);
            // adj: v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)                        <L 80>
            wp::adj_min(var_149, var_150, adj_149, adj_150, adj_151);
            wp::adj_extract(var_138, var_148, adj_138, adj_148, adj_149);
            // adj: vn = wp.min(v_i[1], 0.0)                                                      <L 79>
            wp::adj_vec_t(var_144, var_particle_radius, var_146, adj_144, adj_particle_radius, adj_146, adj_147);
            wp::adj_extract(var_137, var_145, adj_137, adj_145, adj_146);
            wp::adj_extract(var_137, var_143, adj_137, adj_143, adj_144);
            // adj: x_i = wp.vec3(x_i[0], particle_radius, x_i[2])                                <L 78>
        }
        wp::adj_extract(var_137, var_140, adj_137, adj_140, adj_141);
        // adj: if x_i[1] < particle_radius:                                                      <L 77>
        // adj: if wp.static(ground):                                                             <L 76>
        wp::adj_where(var_121, var_136, var_114, adj_121, adj_136, adj_114, adj_138);
        wp::adj_where(var_121, var_130, var_116, adj_121, adj_130, adj_116, adj_137);
        if (var_121) {
            wp::adj_vec_t(var_131, var_133, var_135, adj_131, adj_133, adj_135, adj_136);
            wp::adj_extract(var_114, var_134, adj_114, adj_134, adj_135);
            wp::adj_extract(var_114, var_132, adj_114, adj_132, adj_133);
            // adj: v_i = wp.vec3(0.0, v_i[1], v_i[2])                                            <L 75>
            wp::adj_vec_t(var_125, var_127, var_129, adj_125, adj_127, adj_129, adj_130);
            wp::adj_extract(var_116, var_128, adj_116, adj_128, adj_129);
            wp::adj_extract(var_116, var_126, adj_116, adj_126, adj_127);
            wp::adj_clamp(var_123, var_124, var_61, adj_123, adj_124, adj_61, adj_125);
            wp::adj_extract(var_116, var_122, adj_116, adj_122, adj_123);
            // adj: x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])      <L 74>
        }
        wp::adj_abs(var_119, adj_119, adj_120);
        wp::adj_extract(var_116, var_118, adj_116, adj_118, adj_119);
        // adj: if wp.abs(x_i[0]) > half_width:                                                   <L 73>
        // adj: if wp.static(half_width > 0.0):                                                   <L 72>
        wp::adj_add(var_103, var_115, adj_103, adj_115, adj_116);
        wp::adj_mul(var_114, var_dt, adj_114, adj_dt, adj_115);
        // adj: x_i = x_i + v_i * dt                                                              <L 71>
        wp::adj_where(var_111, var_113, var_108, adj_111, adj_113, adj_108, adj_114);
        if (var_111) {
            wp::adj_mul(var_108, var_112, adj_108, adj_112, adj_113);
            wp::adj_div(var_50, var_110, var_112, adj_50, adj_110, adj_112);
            // adj: v_i = v_i * (max_speed / speed)                                               <L 70>
        }
        // adj: if speed > max_speed:                                                             <L 69>
        wp::adj_length(var_108, var_110, adj_108, adj_110);
        // adj: speed = wp.length(v_i)                                                            <L 68>
        // adj: if wp.static(max_speed > 0.0):                                                    <L 67>
        wp::adj_mul(var_107, var_38, adj_107, adj_38, adj_108);
        wp::adj_add(var_104, var_106, adj_104, adj_106, adj_107);
        wp::adj_mul(var_31, var_dt, adj_31, adj_dt, adj_106);
        // adj: v_i = (v_i + a * dt) * damp                                                       <L 66>
        wp::adj_where(var_83, var_102, var_79, adj_83, adj_102, adj_79, adj_104);
        wp::adj_where(var_83, var_88, var_78, adj_83, adj_88, adj_78, adj_103);
        if (var_83) {
            wp::adj_vec_t(var_95, var_98, var_101, adj_95, adj_98, adj_101, adj_102);
            wp::adj_mul(var_100, var_42, adj_100, adj_42, adj_101);
            wp::adj_extract(var_79, var_99, adj_79, adj_99, adj_100);
            wp::adj_mul(var_96, var_97, adj_96, adj_97, adj_98);
            wp::adj_neg(var_92, adj_92, adj_96);
            wp::adj_mul(var_94, var_42, adj_94, adj_42, adj_95);
            wp::adj_extract(var_79, var_93, adj_79, adj_93, adj_94);
            // adj: v_i = wp.vec3(v_i[0] * slip, -vn * 0.5, v_i[2] * slip)                        <L 80>
            wp::adj_min(var_90, var_91, adj_90, adj_91, adj_92);
            wp::adj_extract(var_79, var_89, adj_79, adj_89, adj_90);
            // adj: vn = wp.min(v_i[1], 0.0)                                                      <L 79>
            wp::adj_vec_t(var_85, var_particle_radius, var_87, adj_85, adj_particle_radius, adj_87, adj_88);
            wp::adj_extract(var_78, var_86, adj_78, adj_86, adj_87);
            wp::adj_extract(var_78, var_84, adj_78, adj_84, adj_85);
            // adj: x_i = wp.vec3(x_i[0], particle_radius, x_i[2])                                <L 78>
        }
        wp::adj_extract(var_78, var_81, adj_78, adj_81, adj_82);
        // adj: if x_i[1] < particle_radius:                                                      <L 77>
        // adj: if wp.static(ground):                                                             <L 76>
        wp::adj_where(var_62, var_77, var_54, adj_62, adj_77, adj_54, adj_79);
        wp::adj_where(var_62, var_71, var_56, adj_62, adj_71, adj_56, adj_78);
        if (var_62) {
            wp::adj_vec_t(var_72, var_74, var_76, adj_72, adj_74, adj_76, adj_77);
            wp::adj_extract(var_54, var_75, adj_54, adj_75, adj_76);
            wp::adj_extract(var_54, var_73, adj_54, adj_73, adj_74);
            // adj: v_i = wp.vec3(0.0, v_i[1], v_i[2])                                            <L 75>
            wp::adj_vec_t(var_66, var_68, var_70, adj_66, adj_68, adj_70, adj_71);
            wp::adj_extract(var_56, var_69, adj_56, adj_69, adj_70);
            wp::adj_extract(var_56, var_67, adj_56, adj_67, adj_68);
            wp::adj_clamp(var_64, var_65, var_61, adj_64, adj_65, adj_61, adj_66);
            wp::adj_extract(var_56, var_63, adj_56, adj_63, adj_64);
            // adj: x_i = wp.vec3(wp.clamp(x_i[0], -half_width, half_width), x_i[1], x_i[2])      <L 74>
        }
        wp::adj_abs(var_59, adj_59, adj_60);
        wp::adj_extract(var_56, var_58, adj_56, adj_58, adj_59);
        // adj: if wp.abs(x_i[0]) > half_width:                                                   <L 73>
        // adj: if wp.static(half_width > 0.0):                                                   <L 72>
        wp::adj_add(var_14, var_55, adj_14, adj_55, adj_56);
        wp::adj_mul(var_54, var_dt, adj_54, adj_dt, adj_55);
        // adj: x_i = x_i + v_i * dt                                                              <L 71>
        wp::adj_where(var_51, var_53, var_47, adj_51, adj_53, adj_47, adj_54);
        if (var_51) {
            wp::adj_mul(var_47, var_52, adj_47, adj_52, adj_53);
            wp::adj_div(var_50, var_49, var_52, adj_50, adj_49, adj_52);
            // adj: v_i = v_i * (max_speed / speed)                                               <L 70>
        }
        // adj: if speed > max_speed:                                                             <L 69>
        wp::adj_length(var_47, var_49, adj_47, adj_49);
        // adj: speed = wp.length(v_i)                                                            <L 68>
        // adj: if wp.static(max_speed > 0.0):                                                    <L 67>
        wp::adj_mul(var_46, var_38, adj_46, adj_38, adj_47);
        wp::adj_add(var_17, var_45, adj_17, adj_45, adj_46);
        wp::adj_mul(var_31, var_dt, adj_31, adj_dt, adj_45);
        // adj: v_i = (v_i + a * dt) * damp                                                       <L 66>
        // adj: for _s in range(SUBSTEPS):                                                        <L 65>
        wp::adj_sub(var_40, var_43, adj_40, adj_41, adj_42);
        wp::adj_address(var_shape_mu, var_0, adj_shape_mu, adj_0, adj_41);
        // adj: slip = 1.0 - shape_mu[tid]                                                        <L 64>
        // adj: if wp.static(ground):                                                             <L 63>
        wp::adj_max(var_36, var_37, adj_36, adj_37, adj_38);
        wp::adj_sub(var_32, var_34, adj_32, adj_34, adj_36);
        wp::adj_mul(var_35, var_dt, adj_33, adj_dt, adj_34);
        wp::adj_address(var_world_drag, var_1, adj_world_drag, adj_1, adj_33);
        // adj: damp = wp.max(1.0 - world_drag[world] * dt, 0.0)                                  <L 62>
        wp::adj_where(var_26, var_30, var_23, adj_26, adj_30, adj_23, adj_31);
        if (var_26) {
            wp::adj_vec_t(var_27, var_28, var_29, adj_27, adj_28, adj_29, adj_30);
            // adj: a = wp.vec3(0.0, 0.0, 0.0)                                                    <L 61>
        }
        // adj: if w == 0.0:                                                                      <L 60>
        wp::adj_copy(var_24, adj_22, adj_23);
        wp::adj_address(var_world_gravity, var_1, adj_world_gravity, adj_1, adj_22);
        // adj: a = world_gravity[world]                                                          <L 59>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_19);
        // adj: w = inv_mass[tid]                                                                 <L 58>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_16);
        // adj: v_i = particle_v[tid]                                                             <L 57>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_13);
        // adj: x_i = x[tid]                                                                      <L 56>
        if (var_12) {
            label1:;
            // adj: return                                                                        <L 55>
        }
        wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_7);
        // adj: if (particle_flags[tid] & PARTICLE_FLAG_ACTIVE) == 0:                             <L 54>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 53>
        }
        adj_x.shape = adj_2;
        // adj: if tid >= x.shape[0]:                                                             <L 52>
        // adj: world = tid // world_particle_count                                               <L 51>
        // adj: tid = wp.tid()                                                                    <L 50>
        // adj: def substep_particles(                                                            <L 34>
        continue;
    }
}

